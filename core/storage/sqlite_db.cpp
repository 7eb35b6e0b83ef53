// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite_db.h"

#include <sqlite3.h>

namespace mizan::sqlite {

namespace {

void check(sqlite3* db, int rc, std::string_view what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return;
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    throw Failure(code, std::string(what) + ": " + (msg ? msg : "unknown error"));
}

}  // namespace

Database::Database(const std::string& path, Mode mode)
{
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw Failure(code, "open: " + msg);
    }
    try {
        configure(mode);
    } catch (...) {
        // Not constructed: the destructor will not run, so the connection
        // (and the file it holds open and locked) is closed here.
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw;
    }
}

void Database::configure(Mode mode)
{
    sqlite3_extended_result_codes(db_, 1);
    // Defence for files that arrive by e-mail (https://sqlite.org/security.html).
    check(db_, sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr), "defensive");
    check(db_, sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr), "trusted_schema");
    check(db_, sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr), "load_extension");
    check(db_, sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr), "triggers");
    check(db_, sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr), "views");
    sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, 80 * 1024 * 1024);  // above the JSON import limit
    sqlite3_limit(db_, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db_, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db_, SQLITE_LIMIT_EXPR_DEPTH, 10);
    sqlite3_limit(db_, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(db_, SQLITE_LIMIT_VDBE_OP, 25'000);
    sqlite3_limit(db_, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 1);  // VACUUM INTO needs one
    sqlite3_limit(db_, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(db_, SQLITE_LIMIT_VARIABLE_NUMBER, 16);
    sqlite3_limit(db_, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_busy_timeout(db_, 2000);
    exec("PRAGMA cell_size_check = ON");
    exec("PRAGMA mmap_size = 0");
    exec("PRAGMA foreign_keys = ON");
    if (mode != Mode::ReadOnly) {
        exec("PRAGMA journal_mode = DELETE");
        exec("PRAGMA synchronous = FULL");
    }
}

Database::~Database()
{
    cache_.clear();
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql)
{
    char* err = nullptr;
    const std::string s(sql);
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw Failure(sqlite3_extended_errcode(db_), msg);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

Statement& Database::cached(const std::string& sql)
{
    auto& slot = cache_[sql];
    if (!slot)
        slot = std::make_unique<Statement>(*this, sql);
    else
        slot->reset();  // left mid-step by an error
    return *slot;
}

std::int64_t Database::pragmaInt(std::string_view name)
{
    Statement st(*this, "PRAGMA " + std::string(name));
    if (!st.step())
        throw Failure(SQLITE_ERROR, "PRAGMA " + std::string(name) + " returned nothing");
    return st.integer(0);
}

std::string Database::errorMessage() const
{
    return sqlite3_errmsg(db_);
}

Statement::Statement(Database& db, std::string_view sql) : db_(&db)
{
    check(db.handle(),
          sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), 0, &stmt_, nullptr),
          "prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_)
{
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::string_view text)
{
    check(db_->handle(),
          sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8), "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    check(db_->handle(), sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(db_->handle(), sqlite3_bind_int64(stmt_, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(db_->handle(), sqlite3_bind_double(stmt_, index, value), "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(db_->handle(), sqlite3_bind_null(stmt_, index), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    check(db_->handle(), rc, "step");
    return false;
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

std::string Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

bool Statement::isBlob(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_BLOB;
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Transaction::Transaction(Database& db, bool immediate) : db_(db)
{
    db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace mizan::sqlite
