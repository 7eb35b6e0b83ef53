// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a reader or writer returns when it fails: a code the caller can act
// on, a short user-facing title and text, and a diagnostic trail (the SQLite
// message, the JSON pointer, the OS error) for the details pane and bug reports.
// An error that can speak the user's language carries its text as a message
// too (the importers' refusals): text is then that message in English.

#include "core/model/message.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace mizan {

enum class ErrorCode {
    FileNotFound,
    PermissionDenied,
    NotACanvas,          // not SQLite / not JSON at all
    ForeignFile,         // a valid SQLite or JSON file of another application
    Corrupt,             // damaged, truncated, fails its integrity check
    NewerVersion,        // written by a newer Mizan
    InvalidContent,      // well-formed but breaks the format's rules
    TooLarge,
    TooDeep,
    WriteFailed,         // disk full, read-only folder, rename failed
    Busy,                // another process holds the file
    Cancelled,           // the user stopped it; nothing was written
};

struct Error {
    ErrorCode code;
    std::string title;
    std::string text;
    std::vector<std::string> trail;
    // The text as a message (id and arguments); no id when the text is
    // English only. Its id with ".title" is the title's template.
    Message message;

    // On one line, always: "title: text (first detail, and N more)", each
    // detail's line breaks flattened and long ones shortened.
    std::string oneLine() const;
    // Every detail in full, a line each (`--verbose`, a dialog's details).
    std::string details() const;
};

// Either a value or an Error.
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    explicit operator bool() const { return v_.index() == 0; }
    bool ok() const { return v_.index() == 0; }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

// Success carries no value.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

}  // namespace mizan
