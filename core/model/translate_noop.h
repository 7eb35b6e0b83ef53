// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks user-visible source strings in core for Qt's lupdate without
// including Qt: lupdate recognises QT_TRANSLATE_NOOP by name, and the
// interface translates the marked text with the same context at run time.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
