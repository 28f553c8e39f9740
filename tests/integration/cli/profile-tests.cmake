# connect-cli --profile (tst_cli_profile.cpp): once as is (no keychain on a headless machine: the clear
# errors), and once inside a private D-Bus session with an unlocked gnome-keyring where the keychain path
# must work (see tests/core-extra/with-keyring.sh).
connect_add_test(tst_cli_profile LABEL integration SOURCES tst_cli_profile.cpp
  LIBS connect_core connect_sim connect_test_support)
add_dependencies(tst_cli_profile connect-cli)
find_program(DBUS_RUN_SESSION dbus-run-session)
find_program(GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON)
  add_test(NAME tst_cli_profile_keychain
    COMMAND sh ${PROJECT_SOURCE_DIR}/tests/core-extra/with-keyring.sh $<TARGET_FILE:tst_cli_profile>)
  set_tests_properties(tst_cli_profile_keychain PROPERTIES LABELS integration TIMEOUT 180
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CONNECT_TEST_REQUIRE_KEYCHAIN=1;CONNECT_CLI=$<TARGET_FILE:connect-cli>")
endif()
