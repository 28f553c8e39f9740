# Windows: icon and version info in connect-explorer.exe, the Qt runtime beside the programs (windeployqt),
# QtKeychain and the MSVC runtime, and an NSIS installer (plus a ZIP of the same tree) through CPack.
# Included from packaging/CMakeLists.txt, so CONNECT_* variables and CPack settings are shared.
#
# Installed tree (also what the ZIP holds):
#   bin/connect-explorer.exe, connect-cli.exe, connect-sim.exe, Qt6*.dll, qt6keychain.dll, MSVC runtime,
#   bin/qt.conf, plugins/ (platforms, styles, imageformats, iconengines, tls, ...), translations/qtbase_*.qm

# The .exe gets the app icon (Explorer, taskbar, Start menu) and version info from a resource script.
set(CONNECT_RC_ICON "${CONNECT_ICO}")
set(CONNECT_RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
configure_file("${CMAKE_CURRENT_LIST_DIR}/connect-explorer.rc.in"
               "${CMAKE_CURRENT_BINARY_DIR}/connect-explorer.rc" @ONLY)
target_sources(connect-explorer PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/connect-explorer.rc")
add_dependencies(connect-explorer connect_icons)

# QtKeychain is not a Qt module, so windeployqt does not copy it: install its DLL ourselves.
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The MSVC runtime DLLs (vcruntime140.dll, msvcp140.dll, ...) beside the programs, so the installer
# needs no separate vc_redist.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# windeployqt over all three programs: Qt DLLs into bin/, plugins into plugins/, Qt's translations into
# translations/, and bin/qt.conf pointing at them. See deploy.cmake.
if(COMMAND qt_generate_deploy_script)
  file(READ "${CMAKE_CURRENT_LIST_DIR}/deploy.cmake" connect_deploy_content)
  qt_generate_deploy_script(
    TARGET connect-explorer
    NAME connect_explorer_windows
    OUTPUT_SCRIPT connect_deploy_script
    CONTENT "${connect_deploy_content}")
  install(SCRIPT "${connect_deploy_script}")
endif()

# --- NSIS ----------------------------------------------------------------------------------------------
# Installs into "Program Files\Connect Explorer", adds a Start menu folder with the app and the uninstaller,
# registers in "Apps & features", optionally puts bin\ on PATH (for connect-cli), and removes an older
# version first.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "${CONNECT_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${CONNECT_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${CONNECT_APP_NAME}")
# Start menu: "Connect Explorer" -> bin\connect-explorer.exe (CPack adds "Uninstall" beside it).
set(CPACK_PACKAGE_EXECUTABLES "connect-explorer" "${CONNECT_APP_NAME}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\connect-explorer.exe")
file(TO_NATIVE_PATH "${CONNECT_ICO}" connect_ico_native)
set(CPACK_NSIS_MUI_ICON "${connect_ico_native}")
set(CPACK_NSIS_MUI_UNIICON "${connect_ico_native}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "connect-explorer.exe")
set(CPACK_NSIS_CONTACT "${CONNECT_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_BRANDING_TEXT "${CONNECT_APP_NAME} ${PROJECT_VERSION}")
# The repository has no licence file yet: no licence page rather than CMake's generic placeholder text.
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-windows-x64")
