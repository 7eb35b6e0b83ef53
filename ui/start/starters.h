// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvases a new one can start from: the bundled examples (finished
// canvases with deliberate contradictions) and the templates (skeletons of
// common business shapes, their relationship questions left to answer).

#include <QString>

#include <vector>

namespace mizan::ui {

struct Starter {
    QString resource;      // a JSON canvas in the resources
    QString title;         // in the interface language
    QString description;
};

std::vector<Starter> exampleStarters();
// Each template in the interface language when it has one, else in English.
std::vector<Starter> templateStarters();

}  // namespace mizan::ui
