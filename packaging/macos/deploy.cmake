# Runs at install time (cmake --install, and so cpack) through qt_generate_deploy_script(), which makes
# Qt's deploy API available here. macdeployqt copies the Qt frameworks and plugins (and QtKeychain, a
# non-system dylib) into connect-explorer.app, rewrites the install names of the app and of the extra
# executables (-executable=) and writes Contents/Resources/qt.conf.
qt_deploy_runtime_dependencies(
    EXECUTABLE "$<TARGET_FILE_NAME:connect-explorer>.app"
    ADDITIONAL_EXECUTABLES
        "$<TARGET_FILE_NAME:connect-explorer>.app/Contents/MacOS/$<TARGET_FILE_NAME:connect-cli>"
        "$<TARGET_FILE_NAME:connect-explorer>.app/Contents/MacOS/$<TARGET_FILE_NAME:connect-sim>"
)

# Changing install names breaks the linker's signatures, and Apple silicon runs no unsigned code: sign the
# whole bundle ad hoc (a Developer ID signature and notarisation replace this for public releases).
find_program(CONNECT_CODESIGN codesign)
if(CONNECT_CODESIGN)
    execute_process(
        COMMAND "${CONNECT_CODESIGN}" --force --deep --sign - "$<TARGET_FILE_NAME:connect-explorer>.app"
        WORKING_DIRECTORY "${QT_DEPLOY_PREFIX}"
        COMMAND_ERROR_IS_FATAL ANY)
endif()
