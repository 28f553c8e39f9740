#include "connection/Profile.h"

#include "SimConfig.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>

namespace cx::gui {

Profile Profile::demo()
{
    Profile profile;
    profile.id = cx::ProfileStore::demoId();
    profile.name = QCoreApplication::translate("cx::gui::Profile", "Demo");
    profile.clientId = QString::fromLatin1(cx::sim::DemoClientId);
    profile.clientSecret = QString::fromLatin1(cx::sim::DemoClientSecret);
    profile.embeddedSimulator = true;
    return profile;
}

} // namespace cx::gui
