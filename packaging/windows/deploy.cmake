# Runs at install time (cmake --install, and so cpack) through qt_generate_deploy_script(), which makes
# Qt's deploy API available here. windeployqt copies the Qt libraries, plugins and Qt's translations that
# connect-explorer, connect-cli and connect-sim need, next to them in bin/ (plugins/ and translations/ under
# the prefix), and GENERATE_QT_CONF writes bin/qt.conf so QLibraryInfo finds them.
# The compiler runtime comes from InstallRequiredSystemLibraries (windows.cmake), so no vc_redist here.
qt_deploy_runtime_dependencies(
    EXECUTABLE "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:connect-explorer>"
    ADDITIONAL_EXECUTABLES
        "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:connect-cli>"
        "${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:connect-sim>"
    GENERATE_QT_CONF
    NO_COMPILER_RUNTIME
)
