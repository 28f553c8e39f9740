#include "BinaryPane.h"

#include "BodyKind.h"
#include "HexView.h"
#include "common/RunOnWorker.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cx::gui {

namespace {
// How a save went: empty error when the bytes are on disk.
struct SaveResult
{
    QString path;
    QString error;
};
} // namespace

BinaryPane::BinaryPane(QWidget *parent)
    : QWidget(parent), m_info(new QLabel(this)), m_message(new QLabel(this)), m_save(new QPushButton(this)),
      m_hex(new HexView(this))
{
    m_info->setObjectName(QStringLiteral("bodySizeAndType"));
    m_info->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("bodySaveMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveBodyButton"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    connect(m_save, &QPushButton::clicked, this, &BinaryPane::saveBodyAs);
    connect(m_hex, &HexView::message, this, &BinaryPane::showMessage);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_info);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hex, 1);
    retranslateUi();
    clear();
}

void BinaryPane::retranslateUi()
{
    m_save->setText(tr("Save body as…"));
    m_save->setToolTip(tr("Write the body's exact bytes to a file"));
    if (!m_body.isEmpty())
        m_info->setText(BodyKind::sizeAndType(m_body.size(), m_mediaType));
}

void BinaryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BinaryPane::setBody(const QByteArray &body, const QByteArray &mediaType, const QString &suggestedName)
{
    ++m_generation;
    m_body = body;
    m_mediaType = mediaType;
    m_suggestedName = suggestedName;
    m_hex->setData(body);
    m_message->clear();
    m_save->setEnabled(!body.isEmpty());
    m_info->setText(body.isEmpty() ? QString() : BodyKind::sizeAndType(body.size(), mediaType));
}

void BinaryPane::clear()
{
    setBody({}, {}, {});
}

void BinaryPane::showMessage(const QString &text)
{
    m_message->setText(text);
}

void BinaryPane::saveBodyAs()
{
    if (m_body.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save body as"));
    dialog->setObjectName(QStringLiteral("saveBodyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(
        QDir::home().filePath(m_suggestedName.isEmpty() ? QStringLiteral("body") : m_suggestedName));
    const quint64 generation = m_generation;
    connect(dialog, &QFileDialog::fileSelected, this, [this, generation](const QString &path) {
        if (generation == m_generation && !path.isEmpty())
            saveBodyTo(path);
    });
    dialog->open();
}

void BinaryPane::saveBodyTo(const QString &path)
{
    const QByteArray body = m_body;
    showMessage(tr("Saving…"));
    m_save->setEnabled(false);
    runOnWorker<SaveResult>(
        this,
        [body, path] {
            SaveResult result{path, {}};
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                result.error = file.errorString();
            else if (file.write(body) != body.size())
                result.error = file.errorString();
            else if (!file.commit())
                result.error = file.errorString();
            return result;
        },
        [this](const SaveResult &result) {
            m_save->setEnabled(!m_body.isEmpty());
            if (result.error.isEmpty())
                showMessage(tr("Saved %1 to %2")
                                .arg(QLocale().formattedDataSize(QFileInfo(result.path).size(), 1),
                                     QDir::toNativeSeparators(result.path)));
            else
                showMessage(tr("Could not save the body to %1: %2")
                                .arg(QDir::toNativeSeparators(result.path), result.error));
            emit bodySaved(result.path, result.error.isEmpty());
        });
}

} // namespace cx::gui
