// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Mizan's canonical JSON text: members in the order they were added, two
// spaces per level, one member or element per line, empty containers as []
// and {}, UTF-8 written as is, numbers in their shortest round-trip form,
// and a trailing newline. The same value always gives the same bytes.

#include <boost/json/value.hpp>

#include <string>

namespace mizan {

std::string canonicalJsonText(const boost::json::value& value);

}  // namespace mizan
