// `{name}`-style path templates: which parameters a path names, and the path with values filled in.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cx::gui::PathTemplate {

// The parameter names in order of appearance, each once: "/a/{id}/b/{sub}" -> {"id", "sub"}.
QStringList parameterNames(const QString &pathTemplate);
// Fills in the values, percent-encoded as one path segment. Names without a value stay as `{name}`.
QString substitute(const QString &pathTemplate, const QMap<QString, QString> &values);

} // namespace cx::gui::PathTemplate
