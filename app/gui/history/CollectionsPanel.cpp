#include "history/CollectionsPanel.h"

#include "collections/InsomniaExport.h"
#include "collections/PostmanCollection.h"
#include "history/CollectionStore.h"
#include "history/CollectionTreeModel.h"
#include "io/BoundedRead.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace cx::gui {

CollectionsPanel::CollectionsPanel(CollectionStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new CollectionTreeModel(store, this)),
      m_view(new QTreeView(this)), m_rename(new QAction(this)), m_delete(new QAction(this)),
      m_newFolder(new QAction(this)), m_import(new QAction(this)), m_exportPostman(new QAction(this))
{
    m_view->setObjectName(QStringLiteral("collectionsView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_rename->setObjectName(QStringLiteral("collectionsRename"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setObjectName(QStringLiteral("collectionsDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newFolder->setObjectName(QStringLiteral("collectionsNewFolder"));
    m_view->addAction(m_rename);
    m_view->addAction(m_delete);
    m_view->addAction(m_newFolder);
    m_import->setObjectName(QStringLiteral("collectionsImport"));
    m_exportPostman->setObjectName(QStringLiteral("collectionsExportPostman"));
    m_view->addAction(m_import);
    m_view->addAction(m_exportPostman);

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_newFolder);
    tools->addAction(m_rename);
    tools->addAction(m_delete);
    tools->addAction(m_import);
    tools->addAction(m_exportPostman);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::RequestItem)
            emit openRequested(index.data(CollectionTreeModel::RequestIdRole).toString());
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_delete, &QAction::triggered, this, &CollectionsPanel::askToRemoveSelected);
    connect(m_newFolder, &QAction::triggered, this, &CollectionsPanel::addFolder);
    connect(m_import, &QAction::triggered, this, &CollectionsPanel::askToImport);
    connect(m_exportPostman, &QAction::triggered, this, &CollectionsPanel::askToExportPostman);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CollectionsPanel::updateActions);
    m_view->expandAll();
    updateActions();
    retranslateUi();
}

void CollectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void CollectionsPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Saved requests"));
    m_view->setToolTip(tr("Double-click or press Enter to open a saved request in a new tab"));
    m_rename->setText(tr("&Rename"));
    m_delete->setText(tr("&Delete…"));
    m_newFolder->setText(tr("New &Folder…"));
    m_import->setText(tr("&Import Collection…"));
    m_import->setToolTip(tr("Import a Postman (v2.0, v2.1) or Insomnia (v4, v5) collection as a folder"));
    m_exportPostman->setText(tr("Export as &Postman…"));
    m_exportPostman->setToolTip(tr("Write the selected folder as a Postman v2.1 collection"));
}

void CollectionsPanel::updateActions()
{
    const bool any = m_view->currentIndex().isValid();
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
    m_exportPostman->setEnabled(!selectedFolder().isEmpty());
}

QString CollectionsPanel::selectedFolder() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CollectionTreeModel::FolderRole).toString() : QString();
}

namespace {

// "https://host/v1/x?y" as base URL "https://host" and path "/v1/x?y"; "{{baseUrl}}/x" as "{{baseUrl}}"
// and "/x". The path keeps the URL's query as written (ApiClient sends it byte for byte).
void splitUrl(const QString &url, QString *baseUrl, QString *path)
{
    qsizetype start = 0;
    if (url.startsWith(QLatin1String("{{"))) {
        const qsizetype close = url.indexOf(QLatin1String("}}"));
        start = close < 0 ? url.size() : close + 2;
    } else {
        const qsizetype scheme = url.indexOf(QLatin1String("://"));
        start = scheme < 0 ? 0 : scheme + 3;
    }
    qsizetype cut = url.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = url.indexOf(c, start);
        if (at >= 0 && at < cut)
            cut = at;
    }
    *baseUrl = url.left(cut);
    *path = url.mid(cut);
    if (path->isEmpty() || !path->startsWith(QLatin1Char('/')))
        path->prepend(QLatin1Char('/'));
}

} // namespace

CollectionsPanel::ImportOutcome CollectionsPanel::importFile(const QString &fileName)
{
    const BoundedReadResult read = BoundedRead::readFile(fileName, BoundedRead::MaxCollection);
    if (!read.ok) {
        ImportOutcome outcome;
        outcome.error = read.error;
        return outcome;
    }
    const QFileInfo info(fileName);
    return importData(read.data, info.absolutePath(), info.completeBaseName());
}

CollectionsPanel::ImportOutcome CollectionsPanel::importData(const QByteArray &data, const QString &directory,
                                                             const QString &fallbackName)
{
    ImportOutcome outcome;
    const VariableScope profile = m_profileVariables ? m_profileVariables() : VariableScope();
    PortableReadResult read;
    if (InsomniaExport::looksLikeInsomnia(data)) {
        InsomniaExport::ReadOptions options;
        options.profileScope = profile;
        options.directory = directory;
        options.resolve = false; // the saved requests keep {{names}}; the folder keeps their values
        read = InsomniaExport::read(data, options);
    } else {
        PostmanCollection::ReadOptions options;
        options.profileScope = profile;
        options.directory = directory;
        options.resolve = false;
        read = PostmanCollection::read(data, options);
    }
    if (!read.ok) {
        outcome.error = read.error;
        return outcome;
    }
    const PortableSet &set = read.set;
    QString top = set.name.trimmed().isEmpty() ? fallbackName : set.name.trimmed();
    top.replace(CollectionStore::folderSeparator(), QStringLiteral(" - "));
    if (top.isEmpty())
        top = tr("Imported collection");
    const QString base = top;
    for (int n = 2; m_store->hasFolder(top); ++n)
        top = QStringLiteral("%1 (%2)").arg(base).arg(n);
    outcome.folder = top;
    outcome.notes = set.notes;

    if (!m_store->setFolderVariables(top, set.variables))
        m_store->addFolder(top);
    for (const PortableRequest &request : set.requests) {
        QStringList path{top};
        for (QString name : request.folder) {
            name.replace(CollectionStore::folderSeparator(), QStringLiteral(" - "));
            path.append(name.trimmed().isEmpty() ? tr("(unnamed)") : name.trimmed());
        }
        const QString folder = path.join(CollectionStore::folderSeparator());
        ApiRequest api;
        api.method = request.method;
        QString baseUrl;
        splitUrl(request.url, &baseUrl, &api.path);
        api.headers = request.headers;
        api.body = request.hasBody ? request.body : QByteArray();
        PortableAuth::Kind kind = request.auth.kind;
        if (kind == PortableAuth::Kind::Inherit)
            kind = set.auth.kind;
        // "No Auth" stated in the collection is kept; everything else is sent with the profile's token.
        api.authenticated =
            kind != PortableAuth::Kind::None || request.auth.kind == PortableAuth::Kind::Inherit;
        QString name = request.name.trimmed();
        if (name.isEmpty())
            name = QString::fromUtf8(request.method) + QLatin1Char(' ') + api.path;
        // Names are unique within a folder: a second "Get user" becomes "Get user (2)".
        const QString wanted = name;
        const QList<SavedRequest> existing = m_store->requestsIn(folder);
        const auto taken = [&](const QString &candidate) {
            return std::any_of(existing.begin(), existing.end(),
                               [&](const SavedRequest &saved) { return saved.name == candidate; });
        };
        for (int n = 2; taken(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        QJsonObject extra;
        if (!request.notes.isEmpty())
            extra.insert(QStringLiteral("importNotes"), QJsonArray::fromStringList(request.notes));
        m_store->save(name, folder, api, extra, baseUrl);
        ++outcome.requests;
        for (const QString &note : request.notes)
            outcome.notes.append(QStringLiteral("%1: %2").arg(name, note));
    }
    if (!m_store->lastError().isEmpty())
        outcome.notes.append(m_store->lastError());
    outcome.ok = true;
    m_view->setCurrentIndex(m_model->folderIndex(top));
    return outcome;
}

QByteArray CollectionsPanel::exportFolderAsPostman(const QString &folder, QStringList *notes) const
{
    PortableSet set;
    set.name = folder;
    set.variables = m_store->ownFolderVariables(folder);
    const QString prefix = folder + CollectionStore::folderSeparator();
    for (const QString &candidate : m_store->folders()) {
        if (candidate != folder && !candidate.startsWith(prefix))
            continue;
        const QStringList sub = candidate == folder
                                    ? QStringList()
                                    : candidate.mid(prefix.size()).split(CollectionStore::folderSeparator());
        for (const SavedRequest &saved : m_store->requestsIn(candidate)) {
            PortableRequest request;
            request.name = saved.name;
            request.folder = sub;
            request.method = saved.request.method;
            QString path = saved.request.path;
            if (!saved.request.query.isEmpty()) {
                QStringList pairs;
                for (const auto &pair : saved.request.query)
                    pairs.append(QString::fromUtf8(QUrl::toPercentEncoding(pair.first)) + QLatin1Char('=') +
                                 QString::fromUtf8(QUrl::toPercentEncoding(pair.second)));
                path += (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                        pairs.join(QLatin1Char('&'));
            }
            QString baseUrl = saved.baseUrl;
            while (baseUrl.endsWith(QLatin1Char('/')))
                baseUrl.chop(1);
            request.url = baseUrl + path;
            request.headers = saved.request.headers;
            request.body = saved.request.body;
            request.hasBody = !saved.request.body.isEmpty();
            request.auth.kind =
                saved.request.authenticated ? PortableAuth::Kind::Bearer : PortableAuth::Kind::None;
            if (saved.request.authenticated)
                request.auth.token = QStringLiteral("{{token}}");
            set.requests.append(request);
        }
    }
    return PostmanCollection::write(set, false, notes);
}

void CollectionsPanel::showImportOutcome(const ImportOutcome &outcome)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("importNotesDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import Collection"));
    if (!outcome.ok) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The collection was not imported: %1").arg(outcome.error));
    } else {
        box->setIcon(outcome.notes.isEmpty() ? QMessageBox::Information : QMessageBox::Warning);
        box->setText(tr("%n request(s) imported into the folder “%1”.", nullptr, outcome.requests)
                         .arg(outcome.folder));
        if (!outcome.notes.isEmpty()) {
            box->setInformativeText(tr("%n note(s): what was not taken over as it is in the file.", nullptr,
                                       int(outcome.notes.size())));
            box->setDetailedText(outcome.notes.join(QLatin1Char('\n')));
        }
    }
    box->open();
}

void CollectionsPanel::askToImport()
{
    auto *dialog = new QFileDialog(this, tr("Import Collection"));
    dialog->setObjectName(QStringLiteral("importCollectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Postman and Insomnia collections (*.json *.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &fileName) { showImportOutcome(importFile(fileName)); });
    dialog->open();
}

void CollectionsPanel::askToExportPostman()
{
    const QString folder = selectedFolder();
    if (folder.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Export as Postman"));
    dialog->setObjectName(QStringLiteral("exportPostmanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Postman collections (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    QString suggested = folder;
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    dialog->selectFile(suggested + QStringLiteral(".postman_collection.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, folder](const QString &fileName) {
        QStringList notes;
        const QByteArray data = exportFolderAsPostman(folder, &notes);
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            QMessageBox::warning(
                this, tr("Export as Postman"),
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
            return;
        }
        if (!notes.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Export as Postman"),
                                        tr("Written, with %n note(s).", nullptr, int(notes.size())),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportNotesDialog"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setDetailedText(notes.join(QLatin1Char('\n')));
            box->open();
        }
    });
    dialog->open();
}

void CollectionsPanel::removeSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    if (index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::FolderItem)
        m_store->removeFolder(index.data(CollectionTreeModel::FolderRole).toString());
    else
        m_store->remove(index.data(CollectionTreeModel::RequestIdRole).toString());
}

void CollectionsPanel::askToRemoveSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const bool folder = index.data(CollectionTreeModel::KindRole).toInt() == CollectionTreeModel::FolderItem;
    const QString name = index.data(Qt::EditRole).toString();
    const QString text = folder ? tr("Delete the folder “%1” and every request saved in it?").arg(name)
                                : tr("Delete the saved request “%1”?").arg(name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("collectionsDeleteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex target(index);
    connect(box, &QMessageBox::finished, this, [this, box, target] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes || !target.isValid())
            return;
        m_view->setCurrentIndex(target);
        removeSelected();
    });
    box->open();
}

void CollectionsPanel::addFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Folder name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        m_store->addFolder(name); // an existing folder is simply selected
        m_view->setCurrentIndex(m_model->folderIndex(name.trimmed()));
    });
    dialog->open();
}

} // namespace cx::gui
