// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_extras.h"

#include "core/model/canvas_validation.h"
#include "core/model/timestamp.h"

namespace mizan::jsonio {

namespace {

template <typename T, typename F>
void optionalMember(json::object& o, const char* name, const std::optional<T>& v, F convert)
{
    if (v)
        o[name] = convert(*v);
}

std::string readText(Reader& r, const json::object& o, const char* name)
{
    Scope s(r, name);
    return r.string(o.at(name));
}

std::optional<double> readAmount(Reader& r, const json::object& o, const char* name, double max)
{
    const auto* v = o.if_contains(name);
    if (!v)
        return std::nullopt;
    Scope s(r, name);
    const double d = r.nonNegativeNumber(*v);
    if (d > max)
        r.fail("expected at most " + std::to_string(static_cast<long long>(max)));
    return normaliseMoney(d);
}

}  // namespace

std::string formatDay(std::int64_t ms)
{
    return formatTimestamp(ms).substr(0, 10);
}

json::array touchpointsToJson(const std::vector<Touchpoint>& touchpoints)
{
    json::array a;
    for (const auto& t : touchpoints) {
        json::object o;
        o["stage"] = toKey(t.stage);
        if (!t.channel.empty())
            o["channel"] = t.channel;
        o["activity"] = t.activity;
        optionalMember(o, "office", t.office, [](Office v) { return toKey(v); });
        o["owner"] = t.owner;
        o["experience"] = t.experience;
        optionalMember(o, "measure_kind", t.measureKind, [](MeasureKind v) { return toKey(v); });
        o["measure"] = t.measure;
        optionalMember(o, "satisfaction_surveyed", t.satisfactionSurveyed, [](bool v) { return v; });
        a.emplace_back(std::move(o));
    }
    return a;
}

json::object economicsToJson(const RetentionInputs& e)
{
    json::object o;
    optionalMember(o, "customers", e.customers, [](std::int64_t v) { return v; });
    optionalMember(o, "retention_rate", e.retentionRate, [](double v) { return v; });
    optionalMember(o, "acquisition_cost", e.acquisitionCost, [](double v) { return v; });
    optionalMember(o, "retention_cost", e.retentionCost, [](double v) { return v; });
    optionalMember(o, "margin_per_period", e.marginPerPeriod, [](double v) { return v; });
    o["leaving_reasons"] = json::object{{"service", e.leavingReasons.service},
                                        {"product", e.leavingReasons.product},
                                        {"competitors", e.leavingReasons.competitors},
                                        {"other", e.leavingReasons.other}};
    return o;
}

json::array personasToJson(const std::vector<Persona>& personas)
{
    json::array a;
    for (const auto& p : personas)
        a.emplace_back(json::object{{"name", p.name},
                                    {"who", p.who},
                                    {"goals", p.goals},
                                    {"means", p.means},
                                    {"motivation", p.motivation},
                                    {"first_experience", p.firstExperience},
                                    {"personalisation", p.personalisation},
                                    {"change", p.change},
                                    {"satisfaction", p.satisfaction},
                                    {"loyalty", p.loyalty}});
    return a;
}

json::array calendarToJson(const std::vector<CalendarAction>& calendar)
{
    json::array a;
    for (const auto& c : calendar) {
        json::object o;
        o["id"] = c.id;
        o["title"] = c.title;
        o["kind"] = toKey(c.kind);
        if (!c.segment.empty())
            o["segment"] = c.segment;
        optionalMember(o, "mechanism", c.mechanism, [](Mechanism v) { return toKey(v); });
        o["date"] = formatDay(c.date);
        o["recurrence"] = toKey(c.recurrence);
        o["owner"] = c.owner;
        a.emplace_back(std::move(o));
    }
    return a;
}

std::vector<Touchpoint> readTouchpoints(Reader& r, const json::value& v)
{
    std::vector<Touchpoint> out;
    const auto& a = r.array(v);
    for (std::size_t i = 0; i < a.size(); ++i) {
        Scope si(r, std::to_string(i));
        const auto& o = r.object(a[i]);
        r.members(o, {"stage", "activity", "owner", "experience", "measure"},
                  {"channel", "office", "measure_kind", "satisfaction_surveyed"});
        Touchpoint t;
        {
            Scope s(r, "stage");
            t.stage = r.key<LifecycleStage>(o.at("stage"));
        }
        if (auto* c = o.if_contains("channel")) {
            Scope s(r, "channel");
            t.channel = r.string(*c);
        }
        t.activity = readText(r, o, "activity");
        if (auto* c = o.if_contains("office")) {
            Scope s(r, "office");
            t.office = r.key<Office>(*c);
        }
        t.owner = readText(r, o, "owner");
        t.experience = readText(r, o, "experience");
        if (auto* c = o.if_contains("measure_kind")) {
            Scope s(r, "measure_kind");
            t.measureKind = r.key<MeasureKind>(*c);
        }
        t.measure = readText(r, o, "measure");
        if (auto* b = o.if_contains("satisfaction_surveyed")) {
            Scope s(r, "satisfaction_surveyed");
            if (!b->is_bool())
                r.fail("expected true or false, found " + Reader::kindName(*b));
            // Version 2 always wrote the member, false when not ticked: it
            // could not tell "no" from "not answered", so false reads as unset.
            if (b->get_bool() || r.formatVersion >= 3)
                t.satisfactionSurveyed = b->get_bool();
        }
        out.push_back(std::move(t));
    }
    return out;
}

RetentionInputs readEconomics(Reader& r, const json::value& v)
{
    const auto& o = r.object(v);
    r.members(o, {"leaving_reasons"}, {"customers", "retention_rate", "acquisition_cost", "retention_cost", "margin_per_period"});
    RetentionInputs e;
    if (auto* c = o.if_contains("customers")) {
        Scope s(r, "customers");
        e.customers = r.nonNegativeInteger(*c);
    }
    e.retentionRate = readAmount(r, o, "retention_rate", 100);
    e.acquisitionCost = readAmount(r, o, "acquisition_cost", kMaxMoney);
    e.retentionCost = readAmount(r, o, "retention_cost", kMaxMoney);
    e.marginPerPeriod = readAmount(r, o, "margin_per_period", kMaxMoney);
    Scope s(r, "leaving_reasons");
    const auto& lr = r.object(o.at("leaving_reasons"));
    r.members(lr, {"service", "product", "competitors", "other"}, {});
    e.leavingReasons.service = *readAmount(r, lr, "service", 100);
    e.leavingReasons.product = *readAmount(r, lr, "product", 100);
    e.leavingReasons.competitors = *readAmount(r, lr, "competitors", 100);
    e.leavingReasons.other = *readAmount(r, lr, "other", 100);
    return e;
}

std::vector<Persona> readPersonas(Reader& r, const json::value& v)
{
    std::vector<Persona> out;
    const auto& a = r.array(v);
    for (std::size_t i = 0; i < a.size(); ++i) {
        Scope si(r, std::to_string(i));
        const auto& o = r.object(a[i]);
        r.members(o, {"name", "who", "goals", "means", "motivation", "first_experience", "personalisation", "change",
                      "satisfaction", "loyalty"},
                  {});
        out.push_back(Persona{readText(r, o, "name"), readText(r, o, "who"), readText(r, o, "goals"),
                              readText(r, o, "means"), readText(r, o, "motivation"), readText(r, o, "first_experience"),
                              readText(r, o, "personalisation"), readText(r, o, "change"), readText(r, o, "satisfaction"),
                              readText(r, o, "loyalty")});
    }
    return out;
}

std::vector<CalendarAction> readCalendar(Reader& r, const json::value& v)
{
    std::vector<CalendarAction> out;
    const auto& a = r.array(v);
    for (std::size_t i = 0; i < a.size(); ++i) {
        Scope si(r, std::to_string(i));
        const auto& o = r.object(a[i]);
        r.members(o, {"id", "title", "kind", "date", "recurrence", "owner"}, {"segment", "mechanism"});
        CalendarAction c;
        c.id = readText(r, o, "id");
        if (!isValidNoteId(c.id)) {
            Scope s(r, "id");
            r.fail("expected an id of 1 to 64 letters, digits, '-' or '_'");
        }
        for (const auto& other : out)
            if (other.id == c.id) {
                Scope s(r, "id");
                r.fail("the id \"" + c.id + "\" is used by another action");
            }
        c.title = readText(r, o, "title");
        {
            Scope s(r, "kind");
            c.kind = r.key<ActionKind>(o.at("kind"));
        }
        if (auto* s = o.if_contains("segment")) {
            Scope sc(r, "segment");
            c.segment = r.string(*s);
        }
        if (auto* m = o.if_contains("mechanism")) {
            Scope sc(r, "mechanism");
            c.mechanism = r.key<Mechanism>(*m);
        }
        {
            const std::string day = readText(r, o, "date");
            const auto ms = day.size() == 10 ? parseTimestamp(day + "T00:00:00Z") : std::nullopt;
            if (!ms || !isValidTimestamp(*ms)) {
                Scope s(r, "date");
                r.fail("expected a day such as \"2026-03-14\", found \"" + day + "\"");
            }
            c.date = *ms;
        }
        {
            Scope s(r, "recurrence");
            c.recurrence = r.key<Recurrence>(o.at("recurrence"));
        }
        c.owner = readText(r, o, "owner");
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace mizan::jsonio
