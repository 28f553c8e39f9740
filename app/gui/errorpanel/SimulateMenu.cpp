#include "SimulateMenu.h"

#include "auth/Session.h"
#include "connection/Connection.h"
#include "tour/SimControl.h"

#include <QActionGroup>
#include <QEvent>
#include <QSignalBlocker>
#include <utility>

namespace cx::gui {

SimulateMenu::SimulateMenu(Connection *connection, QWidget *parent)
    : QMenu(parent), m_connection(connection), m_control(new SimControl(this))
{
    setObjectName(QStringLiteral("simulateMenu"));
    // Its 45 entries are built when it first opens (or something asks for one): the first frame shows
    // only its title, and building them took about a million instructions on the UI thread before it.
    // Another profile's Demo server, or /_sim/config, may have changed the dialect since: show what it is.
    connect(this, &QMenu::aboutToShow, this, [this] {
        ensureBuilt();
        syncDialect();
    });
    retranslateUi();
}

void SimulateMenu::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    // One submenu per action kind, each code of the catalogue in its order. The codes are the API's
    // own names, the same in every language.
    for (const ErrorInfo &info : ErrorCatalog::all()) {
        QMenu *&menu = m_kindMenus[info.action];
        if (!menu) {
            menu = addMenu(QString());
            menu->setObjectName(QStringLiteral("simulate_") + ErrorCatalog::actionName(info.action));
        }
        addCode(menu, info.code, info.code);
    }

    m_faults = addMenu(QString());
    m_faults->setObjectName(QStringLiteral("simulate_faults"));
    for (const char *code : {"delay", "stall", "drop", "html_502"})
        addCode(m_faults, QString::fromLatin1(code), QString());
    // A TLS failure, safely: a second built-in server on loopback with a certificate trusted nowhere.
    m_selfSigned = m_faults->addAction(QString());
    m_selfSigned->setObjectName(QStringLiteral("simulate_self_signed"));
    m_selfSigned->setCheckable(true);
    connect(m_selfSigned, &QAction::toggled, this, [this](bool on) {
        QString error;
        if (!m_connection->setDemoOverTls(on, &error)) {
            const QSignalBlocker blocker(m_selfSigned);
            m_selfSigned->setChecked(m_connection->isDemoOverTls());
            emit simulated(error);
            return;
        }
        emit simulated(on ? tr("The Demo server now answers over HTTPS with a self-signed certificate "
                               "trusted nowhere: send a request to see the certificate error.")
                          : tr("The Demo server answers over plain HTTP again."));
    });

    addSeparator();
    QAction *burst = addAction(QString());
    burst->setObjectName(QStringLiteral("simulate_burst"));
    m_actions.insert(QStringLiteral("burst"), burst);
    connect(burst, &QAction::triggered, this, [this] {
        if (auto *sim = control()) {
            QString error;
            if (!sim->configure({{QStringLiteral("rate_limit"), BurstPerSecond}}, &error)) {
                emit simulated(error);
                return;
            }
            m_last = QStringLiteral("burst");
            emit simulated(
                tr("Rate limit set to %1 request per second: send quickly to hit it.").arg(BurstPerSecond));
        }
    });
    QAction *refuse = addAction(QString());
    refuse->setObjectName(QStringLiteral("simulate_refuse_credentials"));
    m_actions.insert(QStringLiteral("refuse_credentials"), refuse);
    connect(refuse, &QAction::triggered, this, [this] {
        simulate(QStringLiteral("invalid_client"), QStringLiteral("/oauth/access-token"),
                 tr("The token endpoint refuses the client credentials (invalid_client)."));
    });

    addSeparator();
    auto *counts = new QActionGroup(this);
    m_once = addAction(QString());
    m_once->setObjectName(QStringLiteral("simulate_once"));
    m_untilCleared = addAction(QString());
    m_untilCleared->setObjectName(QStringLiteral("simulate_until_cleared"));
    for (QAction *action : {m_once, m_untilCleared}) {
        action->setCheckable(true);
        counts->addAction(action);
    }
    m_once->setChecked(true);

    addSeparator();
    addDialectMenu();
    m_clear = addAction(QString());
    m_clear->setObjectName(QStringLiteral("simulate_clear"));
    connect(m_clear, &QAction::triggered, this, [this] {
        if (auto *sim = control()) {
            QString error;
            if (!sim->clearScenarios(&error) ||
                !sim->configure({{QStringLiteral("rate_limit"), 0}}, &error)) {
                emit simulated(error);
                return;
            }
            m_last.clear();
            // Clearing gave the token back the scopes a simulated missing_scope withheld: let everything
            // that shows the token's scopes (the error panel, the status bar, the endpoint tree) see it.
            Session *session = m_connection->session();
            if (std::exchange(m_scopeWithheld, false) && session->state() == Session::State::SignedIn)
                session->introspect();
            emit simulated(tr("Simulated errors cleared."));
        }
    });
    updateEnabled();
    retranslateEntries();
}

void SimulateMenu::addDialectMenu()
{
    m_dialects = addMenu(QString());
    m_dialects->setObjectName(QStringLiteral("simulate_dialect"));
    auto *group = new QActionGroup(this);
    m_codeMessage = m_dialects->addAction(QString());
    m_codeMessage->setObjectName(QStringLiteral("simulate_dialect_code_message"));
    m_documented = m_dialects->addAction(QString());
    m_documented->setObjectName(QStringLiteral("simulate_dialect_documented"));
    for (QAction *action : {m_codeMessage, m_documented}) {
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            auto *sim = control();
            if (!sim)
                return;
            const bool documented = action == m_documented;
            QString error;
            if (!sim->configure({{QStringLiteral("dialect"), documented ? QStringLiteral("documented")
                                                                        : QStringLiteral("code-message")}},
                                &error)) {
                syncDialect();
                emit simulated(error);
                return;
            }
            emit simulated(documented
                               ? tr("The Demo server now answers errors in the shapes the public docs "
                                    "show, layer by layer.")
                               : tr("The Demo server now answers every error as {\"code\", \"message\"}."));
        });
    }
    m_codeMessage->setChecked(true); // a Demo server starts with it
}

void SimulateMenu::syncDialect()
{
    auto *sim = control();
    const auto state = sim ? sim->state() : std::nullopt;
    const bool documented =
        state && state->value(QStringLiteral("dialect")).toString() == QLatin1String("documented");
    m_documented->setChecked(documented);
    m_codeMessage->setChecked(!documented);
}

SimControl *SimulateMenu::control()
{
    const QUrl url = m_connection->demoServerUrl();
    if (url.isEmpty())
        return nullptr;
    m_control->setBaseUrl(url);
    return m_control;
}

void SimulateMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void SimulateMenu::retranslateUi()
{
    setTitle(tr("Si&mulate"));
    updateEnabled();
    if (m_built)
        retranslateEntries();
}

void SimulateMenu::retranslateEntries()
{
    for (auto it = m_kindMenus.cbegin(); it != m_kindMenus.cend(); ++it)
        it.value()->setTitle(actionTitle(it.key()));
    m_faults->setTitle(tr("&Network and proxy"));
    m_actions.value(QStringLiteral("delay"))->setText(tr("Slow response (%1 s)").arg(SlowDelayMs / 1000));
    m_actions.value(QStringLiteral("stall"))->setText(tr("Stalled response (never answers)"));
    m_actions.value(QStringLiteral("drop"))->setText(tr("Dropped connection"));
    m_actions.value(QStringLiteral("html_502"))->setText(tr("HTML 502 page from a proxy"));
    m_selfSigned->setText(tr("&Self-signed certificate (TLS)"));
    m_selfSigned->setToolTip(tr("Serve the Demo over HTTPS with a demo certificate nothing trusts"));
    m_actions.value(QStringLiteral("burst"))
        ->setText(tr("Rate-limit &burst (%1 request per second)").arg(BurstPerSecond));
    m_actions.value(QStringLiteral("refuse_credentials"))
        ->setText(tr("Refuse the client &credentials (token endpoint)"));
    m_once->setText(tr("Next request &only"));
    m_untilCleared->setText(tr("Every request &until cleared"));
    m_clear->setText(tr("&Clear Simulated Errors"));
    m_dialects->setTitle(tr("Error &dialect"));
    m_codeMessage->setText(tr("&Code and message everywhere (original error document)"));
    m_documented->setText(tr("&Documented shapes by layer (Errors and troubleshooting)"));
}

void SimulateMenu::updateEnabled()
{
    const bool demo = !m_connection->demoServerUrl().isEmpty();
    setEnabled(demo);
    if (m_selfSigned) {
        const QSignalBlocker blocker(m_selfSigned);
        m_selfSigned->setChecked(m_connection->isDemoOverTls());
    }
    menuAction()->setEnabled(demo);
    menuAction()->setToolTip(demo ? tr("Make the built-in Demo server answer with an error or a fault")
                                  : tr("Only the Demo profile's built-in server can simulate errors"));
}

QString SimulateMenu::actionTitle(ErrorAction action)
{
    switch (action) {
    case ErrorAction::Relogin:
        return tr("&Sign in again (relogin)");
    case ErrorAction::Permission:
        return tr("&Permission");
    case ErrorAction::Retry:
        return tr("&Retry");
    case ErrorAction::FixRequest:
        return tr("&Fix the request");
    case ErrorAction::NotFound:
        return tr("&Not found");
    case ErrorAction::Report:
        return tr("R&eport");
    case ErrorAction::Notice:
        return tr("N&otice");
    case ErrorAction::Network:
        break;
    }
    return tr("Net&work");
}

QAction *SimulateMenu::addCode(QMenu *menu, const QString &code, const QString &text)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QStringLiteral("simulate_") + code);
    action->setData(code);
    m_actions.insert(code, action);
    // The action's text describes it in the language of the moment it is triggered.
    connect(action, &QAction::triggered, this, [this, code, action] { simulate(code, {}, action->text()); });
    return action;
}

QAction *SimulateMenu::actionFor(const QString &code) const
{
    built();
    return m_actions.value(code);
}

const SimulateMenu *SimulateMenu::built() const
{
    // Building adds entries, which a reader of one expects to exist: logically const.
    const_cast<SimulateMenu *>(this)->ensureBuilt();
    return this;
}

int SimulateMenu::count() const
{
    return m_untilCleared && m_untilCleared->isChecked() ? -1 : 1;
}

void SimulateMenu::simulate(const QString &code, const QString &pathPrefix, const QString &description)
{
    auto *sim = control();
    if (!sim)
        return;
    int remaining = count();
    // A 401 is answered by renewing the token and sending once more (ApiClient's renew-once rule): "next
    // request only" must cover that replay too, or the panel would never see the error.
    if (remaining == 1 && pathPrefix.isEmpty() && sim->statusOf(code) == 401)
        remaining = 2;
    // An empty path prefix is sent as such: the simulator's every /api path. A field error names an input
    // of the request it hits (a body field of a POST, a query parameter of a GET); the Demo's writable
    // endpoints, POST /oauth/introspect and /oauth/revoke, are outside /api, so it reaches every path.
    QString prefix = pathPrefix;
    if (prefix.isEmpty() &&
        (code == QLatin1String("invalid_field") || code == QLatin1String("missing_field")))
        prefix = QStringLiteral("/");
    QString error;
    // Sent before this returns: the very next request already meets the scenario.
    if (!sim->setScenario(
            SimControl::scenario(code, prefix, code == QLatin1String("delay") ? SlowDelayMs : 0, remaining),
            &error)) {
        emit simulated(error);
        return;
    }
    m_last = code;
    if (code == QLatin1String("missing_scope"))
        m_scopeWithheld = true;
    emit simulated(count() < 0 ? tr("Every request now answers: %1 (until cleared).").arg(description)
                               : tr("The next request answers: %1.").arg(description));
}

} // namespace cx::gui
