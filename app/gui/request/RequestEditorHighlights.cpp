// RequestEditor's fault-highlighting API (declared in RequestEditor.h), kept here beside the error
// panel's fix_request action that drives it.
#include "request/BodyEditor.h"
#include "request/ParamTable.h"
#include "request/ParamTableModel.h"
#include "request/PathParamsForm.h"
#include "request/RequestEditor.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace cx::gui {

namespace {

constexpr int ParamsTab = 0;
constexpr int HeadersTab = 1;
constexpr int BodyTab = 2;
const QString MarkedTableStyle =
    QStringLiteral("QTableView { selection-background-color: #d32f2f; selection-color: white; }");
const QString MarkedEditStyle = QStringLiteral("QLineEdit { border: 2px solid #d32f2f; }");
// Set on each path parameter edit highlightFields() marks, so clearHighlights() finds them again.
constexpr char FieldMarkProperty[] = "cxFieldMark";

// Where the request is at fault, with the server's words beside it when it gave any.
QString issueText(const QString &where, const QString &message)
{
    return message.isEmpty() ? where : RequestEditor::tr("%1 — server says: %2").arg(where, message);
}

int rowNamed(const ParamTable *table, const QString &name)
{
    const QList<ParamRow> rows = table->rows();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

// Where the JSON value that starts at or after `from` ends (one past its last character): a string, an
// object or array (brackets inside strings not counted), or a bare word or number; `from` when there is
// none.
qsizetype jsonValueEnd(const QString &text, qsizetype from)
{
    qsizetype at = from;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    if (at >= text.size())
        return from;
    const QChar first = text.at(at);
    if (first == QLatin1Char('"') || first == QLatin1Char('{') || first == QLatin1Char('[')) {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = at; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"')) {
                    inString = false;
                    if (depth == 0)
                        return i + 1;
                }
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (--depth <= 0)
                    return i + 1;
            }
        }
        return text.size(); // unterminated: to the end
    }
    qsizetype end = at;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(',') &&
           text.at(end) != QLatin1Char('}') && text.at(end) != QLatin1Char(']'))
        ++end;
    return end == at ? from : end;
}

// The `"key": value` member whose key starts at `keyAt` (`keyLength` characters, quotes included): one
// past the end of its value, or of the key when no value follows a colon.
qsizetype memberEnd(const QString &body, qsizetype keyAt, qsizetype keyLength)
{
    const qsizetype keyEnd = keyAt + keyLength;
    qsizetype at = keyEnd;
    while (at < body.size() && body.at(at).isSpace())
        ++at;
    if (at >= body.size() || body.at(at) != QLatin1Char(':'))
        return keyEnd;
    const qsizetype end = jsonValueEnd(body, at + 1);
    return end == at + 1 ? at + 1 : end;
}

// A red, wavy mark over [from, to) of `document`, with `message` as its tool tip.
QTextEdit::ExtraSelection faultMark(QTextDocument *document, qsizetype from, qsizetype to,
                                    const QString &message)
{
    QTextCursor cursor(document);
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.format.setBackground(QColor(0xd3, 0x2f, 0x2f, 90));
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
    mark.format.setToolTip(message);
    return mark;
}

} // namespace

void RequestEditor::showIssue(std::function<QString()> text)
{
    if (!m_issue) {
        m_issue = new QLabel(this);
        m_issue->setObjectName(QStringLiteral("requestIssue"));
        m_issue->setTextFormat(Qt::PlainText); // the server's words, verbatim
        m_issue->setWordWrap(true);
        m_issue->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_issue->setStyleSheet(QStringLiteral("QLabel { color: #d32f2f; }"));
        if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
            box->insertWidget(qMin(2, box->count()), m_issue);
    }
    m_issueText = std::move(text);
    m_issue->setText(m_issueText());
    m_issue->setVisible(true);
}

bool RequestEditor::markTableRow(ParamTable *table, int tab, const QString &kind, const QString &name,
                                 const QString &message)
{
    clearHighlights();
    m_tabs->setCurrentIndex(tab);
    m_highlighted = kind + QLatin1Char(':') + name;
    const int row = rowNamed(table, name);
    showIssue([query = kind == QLatin1String("query"), name, message, row] {
        QString text =
            issueText(query ? tr("Query parameter “%1”").arg(name) : tr("Header “%1”").arg(name), message);
        if (row < 0) // not in the request: the server wants it added
            text += QLatin1Char(' ') + tr("(not in the request: add it)");
        return text;
    });
    if (row < 0)
        return true;
    QTableView *view = table->view();
    view->setStyleSheet(MarkedTableStyle);
    const QModelIndex value = table->model()->index(row, ParamTableModel::ValueColumn);
    view->selectRow(row);
    view->setCurrentIndex(value);
    view->scrollTo(value);
    view->setToolTip(message);
    view->setFocus();
    return true;
}

bool RequestEditor::highlightQueryParam(const QString &name, const QString &message)
{
    return markTableRow(m_query, ParamsTab, QStringLiteral("query"), name, message);
}

bool RequestEditor::highlightHeader(const QString &name, const QString &message)
{
    return markTableRow(headerTable(), HeadersTab, QStringLiteral("header"), name, message);
}

bool RequestEditor::checkPathFilled()
{
    // Refused on the spot: an empty path would go out as "GET /", and an unfilled {id} as the
    // literal "{id}" (a 404 the error panel would then have to explain).
    const std::optional<QString> missing = missingPathPart();
    if (!missing)
        return true;
    clearHighlights();
    m_highlighted = missing->isEmpty() ? QStringLiteral("path") : QStringLiteral("path:") + *missing;
    m_unsendableMark = m_highlighted;
    if (missing->isEmpty()) {
        m_markedPathEdit = m_path;
        showIssue(
            [] { return tr("Not sent: the path is empty. Pick an endpoint on the left or type a path."); });
    } else {
        m_tabs->setCurrentIndex(ParamsTab);
        m_markedPathEdit = m_pathParams->editFor(*missing);
        showIssue([name = *missing] { return tr("Not sent: fill in the path parameter {%1}.").arg(name); });
    }
    if (m_markedPathEdit) {
        m_markedPathEdit->setStyleSheet(MarkedEditStyle);
        m_markedPathEdit->setFocus();
    }
    return false;
}

bool RequestEditor::highlightPathParam(const QString &name, const QString &message)
{
    clearHighlights();
    m_tabs->setCurrentIndex(ParamsTab);
    m_highlighted = QStringLiteral("path:") + name;
    showIssue([name, message] { return issueText(tr("Path parameter {%1}").arg(name), message); });
    QLineEdit *edit = m_pathParams->editFor(name);
    if (!edit)
        return false;
    m_markedPathEdit = edit;
    edit->setStyleSheet(MarkedEditStyle);
    edit->setToolTip(message);
    edit->setFocus();
    edit->selectAll();
    return true;
}

bool RequestEditor::highlightBodyPosition(qsizetype offset, const QString &message)
{
    clearHighlights();
    m_tabs->setCurrentIndex(BodyTab);
    QPlainTextEdit *text = bodyEditor()->editor();
    const qsizetype length = text->document()->characterCount() - 1;
    const bool whole = offset < 0;
    const qsizetype at = whole ? 0 : qBound(qsizetype(0), offset, qMax<qsizetype>(0, length));
    m_highlighted = whole ? QStringLiteral("body") : QStringLiteral("body:%1").arg(at);
    if (whole) {
        showIssue([message] { return issueText(tr("The request body"), message); });
    } else {
        const QTextBlock block = text->document()->findBlock(int(at));
        showIssue([line = block.blockNumber() + 1, column = at - block.position() + 1, message] {
            return issueText(tr("The body at line %1, column %2").arg(line).arg(column), message);
        });
    }

    qsizetype from = at;
    qsizetype to = at;
    if (whole)
        to = length;
    else if (at < length)
        to = at + 1;
    else if (at > 0)
        from = at - 1;
    text->setExtraSelections({faultMark(text->document(), from, to, message)});
    QTextCursor caret(text->document());
    caret.setPosition(int(at));
    text->setTextCursor(caret);
    text->ensureCursorVisible();
    text->setFocus();
    return true;
}

bool RequestEditor::highlightBodyField(const QString &name, const QString &message)
{
    const QString body = bodyEditor()->text();
    const qsizetype key = body.indexOf(QLatin1Char('"') + name + QLatin1Char('"'));
    qsizetype at = key;
    if (at < 0) {
        // A missing field belongs inside the top-level object.
        const qsizetype brace = body.indexOf(QLatin1Char('{'));
        at = brace < 0 ? 0 : brace + 1;
    }
    highlightBodyPosition(at, message);
    if (key >= 0) {
        // The whole member, `"name": value`, not just where it starts.
        QPlainTextEdit *text = bodyEditor()->editor();
        const qsizetype keyLength = name.size() + 2;
        text->setExtraSelections(
            {faultMark(text->document(), key, memberEnd(body, key, keyLength), message)});
    }
    m_highlighted = QStringLiteral("field:") + name;
    showIssue([missing = key < 0, name, message] {
        return issueText(missing ? tr("Body field “%1” (missing: add it here)").arg(name)
                                 : tr("Body field “%1”").arg(name),
                         message);
    });
    return true;
}

bool RequestEditor::highlightFields(const QList<FieldMark> &marks)
{
    clearHighlights();
    if (marks.isEmpty())
        return false;
    // What the fault line says about each field, kept to build it again in another language.
    struct Said
    {
        FieldMark mark;
        bool missing = false;
    };
    QList<Said> said;
    QStringList names;
    QStringList queryTips;
    QList<QTextEdit::ExtraSelection> bodyMarks;
    QItemSelection queryRows;
    int firstTab = -1;
    QPlainTextEdit *text = bodyEditor()->editor();
    const QString body = bodyEditor()->text();
    for (const FieldMark &mark : marks) {
        names << mark.name;
        Said one{mark, false};
        int tab = ParamsTab;
        switch (mark.where) {
        case FieldMark::Where::Path:
            if (QLineEdit *edit = m_pathParams->editFor(mark.name)) {
                edit->setStyleSheet(MarkedEditStyle);
                edit->setToolTip(mark.message);
                edit->setProperty(FieldMarkProperty, true);
            } else {
                one.missing = true;
            }
            break;
        case FieldMark::Where::Query:
            if (const int row = rowNamed(m_query, mark.name); row >= 0) {
                const QModelIndex first = m_query->model()->index(row, 0);
                const QModelIndex last = m_query->model()->index(row, m_query->model()->columnCount() - 1);
                queryRows.select(first, last);
                queryTips << mark.name + QStringLiteral(": ") + mark.message;
            } else {
                one.missing = true;
            }
            break;
        case FieldMark::Where::Body: {
            tab = BodyTab;
            // "items.0.id" is the key "id" in the text; a missing one belongs inside the top-level object.
            const QString key = QLatin1Char('"') + mark.name.section(QLatin1Char('.'), -1) + QLatin1Char('"');
            qsizetype at = body.indexOf(key);
            qsizetype end = at < 0 ? at : memberEnd(body, at, key.size()); // the key and its value
            if (at < 0) {
                one.missing = true;
                const qsizetype brace = body.indexOf(QLatin1Char('{'));
                at = brace < 0 ? 0 : brace + 1;
                end = at < body.size() ? at + 1 : at;
            }
            bodyMarks << faultMark(text->document(), at, qMin(end, body.size()), mark.message);
            break;
        }
        }
        if (firstTab < 0)
            firstTab = tab;
        said << one;
    }
    if (!queryRows.isEmpty()) {
        QTableView *view = m_query->view();
        view->setStyleSheet(MarkedTableStyle);
        view->selectionModel()->select(queryRows, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(queryRows.first().topLeft());
        view->setToolTip(queryTips.join(QLatin1Char('\n')));
    }
    text->setExtraSelections(bodyMarks);
    m_tabs->setCurrentIndex(firstTab);
    m_highlighted = QStringLiteral("fields:") + names.join(QLatin1Char(','));
    showIssue([said] {
        QStringList lines;
        for (const Said &one : said) {
            QString where;
            switch (one.mark.where) {
            case FieldMark::Where::Path:
                where = tr("Path parameter {%1}").arg(one.mark.name);
                break;
            case FieldMark::Where::Query:
                where = one.missing
                            ? tr("Query parameter “%1” (not in the request: add it)").arg(one.mark.name)
                            : tr("Query parameter “%1”").arg(one.mark.name);
                break;
            case FieldMark::Where::Body:
                where = one.missing ? tr("Body field “%1” (missing: add it here)").arg(one.mark.name)
                                    : tr("Body field “%1”").arg(one.mark.name);
                break;
            }
            lines << issueText(where, one.mark.message);
        }
        return lines.join(QLatin1Char('\n'));
    });
    return true;
}

void RequestEditor::clearHighlights()
{
    for (QLineEdit *edit : m_pathParams->findChildren<QLineEdit *>()) {
        if (edit->property(FieldMarkProperty).toBool()) {
            edit->setStyleSheet(QString());
            edit->setToolTip(QString());
            edit->setProperty(FieldMarkProperty, false);
        }
    }
    m_highlighted.clear();
    if (m_issue)
        m_issue->setVisible(false);
    m_issueText = nullptr;
    for (ParamTable *table : {m_query, m_headers}) {
        if (!table)
            continue; // the Headers page not built yet: nothing marked there
        table->view()->setStyleSheet(QString());
        table->view()->setToolTip(QString());
    }
    if (m_markedPathEdit) {
        m_markedPathEdit->setStyleSheet(QString());
        m_markedPathEdit->setToolTip(QString());
        m_markedPathEdit.clear();
    }
    if (m_body)
        m_body->editor()->setExtraSelections({});
}

} // namespace cx::gui
