// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin RAII layer over the SQLite C API: a connection, prepared statements
// with typed binding, and errors carried as exceptions inside the storage
// code only (CanvasStore turns them into Error values at its boundary).

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mizan::sqlite {

class Failure : public std::runtime_error {
public:
    Failure(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }  // extended SQLite result code
    int primaryCode() const { return code_ & 0xff; }

private:
    int code_;
};

class Statement;

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Opens with the defensive settings for untrusted files: defensive mode,
    // untrusted schema, no extensions, cell size checks, no memory mapping.
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // The same statement, prepared once per connection and reset for reuse:
    // for statements run once per row written. Not for a statement still
    // being stepped when the same SQL is needed again.
    Statement& cached(const std::string& sql);
    std::int64_t pragmaInt(std::string_view name);
    sqlite3* handle() const { return db_; }
    std::string errorMessage() const;

private:
    void configure(Mode mode);   // the settings above; throws on failure

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once; true while a row is available.
    bool step();
    // Steps to completion and resets, for statements that return no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;
    // The column's storage class is BLOB.
    bool isBlob(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Runs a transaction; rolls back if the scope is left without commit().
class Transaction {
public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace mizan::sqlite
