// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A set of enum values stored as bits. Iteration follows the enum's order, so
// a set always serialises the same way whatever order it was built in.

#include "core/model/enums.h"

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace mizan {

template <typename E>
class EnumSet {
    static_assert(enumCount<E>() <= 64, "EnumSet holds at most 64 values");

public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }

    constexpr bool contains(E v) const { return bits_ & bit(v); }
    constexpr void insert(E v) { bits_ |= bit(v); }
    constexpr void erase(E v) { bits_ &= ~bit(v); }
    constexpr void set(E v, bool on) { on ? insert(v) : erase(v); }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr void clear() { bits_ = 0; }
    constexpr bool intersects(EnumSet other) const { return (bits_ & other.bits_) != 0; }
    constexpr EnumSet intersected(EnumSet other) const { return fromBits(bits_ & other.bits_); }
    constexpr EnumSet united(EnumSet other) const { return fromBits(bits_ | other.bits_); }
    constexpr EnumSet minus(EnumSet other) const { return fromBits(bits_ & ~other.bits_); }
    constexpr bool isSubsetOf(EnumSet other) const { return (bits_ & ~other.bits_) == 0; }
    constexpr std::uint64_t bits() const { return bits_; }
    static constexpr EnumSet fromBits(std::uint64_t b)
    {
        EnumSet s;
        s.bits_ = b;
        return s;
    }

    std::size_t size() const
    {
        std::size_t n = 0;
        for (auto b = bits_; b; b &= b - 1)
            ++n;
        return n;
    }

    std::vector<E> values() const
    {
        std::vector<E> out;
        for (E v : allValues<E>())
            if (contains(v))
                out.push_back(v);
        return out;
    }

    friend constexpr bool operator==(EnumSet, EnumSet) = default;

private:
    static constexpr std::uint64_t bit(E v) { return std::uint64_t{1} << static_cast<unsigned>(v); }
    std::uint64_t bits_ = 0;
};

}  // namespace mizan
