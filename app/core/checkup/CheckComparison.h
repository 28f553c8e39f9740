// Two check-up reports side by side (two accounts, or one account before and after a change): the scopes
// each was granted and each endpoint's verdict, with the differences explained in words ("works for A,
// fails for B because missing_scope assets:read"). For `connect-cli check --compare` and the compare view.
#pragma once

#include "checkup/CheckReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cx {

struct ScopeRow
{
    QString scope;
    bool inA = false;
    bool inB = false;
    bool differs() const { return inA != inB; }
};

struct CheckRow
{
    QString id; // CheckResult::id, the key both reports share
    QString name;
    std::optional<CheckResult> a; // absent when that report has no such check
    std::optional<CheckResult> b;
    bool differs = false;
    QString explanation; // set when differs: "works for A, fails for B because missing_scope assets:read"
};

class CheckComparison
{
public:
    static CheckComparison compare(const CheckReport &a, const CheckReport &b);

    QString labelA = QStringLiteral("A"); // what the two sides are called in explanations
    QString labelB = QStringLiteral("B");
    CheckReport a;
    CheckReport b;
    QList<ScopeRow> scopes; // union of granted and missing scopes, sorted
    QList<CheckRow> checks; // every check but the scope ones (those are `scopes`), in A's order

    bool identical() const; // no scope and no check differs
    int differenceCount() const;

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace cx
