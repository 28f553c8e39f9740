# macOS: connect-explorer.app with our Info.plist and icon, connect-cli and connect-sim inside the bundle
# (Contents/MacOS, sharing its frameworks), Qt deployed by macdeployqt, ad-hoc signed, in a DragNDrop .dmg.
# Included from packaging/CMakeLists.txt, so CONNECT_* variables and CPack settings are shared.
#
# The .dmg holds connect-explorer.app and a link to /Applications. The command-line programs are at
#   /Applications/connect-explorer.app/Contents/MacOS/connect-cli   (and connect-sim)
# e.g. ln -s /Applications/connect-explorer.app/Contents/MacOS/connect-cli /usr/local/bin/

# Info.plist: CMake configures MACOSX_BUNDLE_* target properties into our template.
set_target_properties(connect-explorer PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
  MACOSX_BUNDLE_GUI_IDENTIFIER "${CONNECT_APP_ID}"
  MACOSX_BUNDLE_BUNDLE_NAME "${CONNECT_APP_NAME}"
  MACOSX_BUNDLE_EXECUTABLE_NAME "connect-explorer"
  MACOSX_BUNDLE_ICON_FILE "connect-explorer.icns"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_COPYRIGHT "Cliquify"
  XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${CONNECT_APP_ID}")
# The .icns (rendered from the SVG at build time) goes into the installed bundle's Resources; the bundle in
# the build tree goes without (installing is what packages are made from).
install(FILES "${CONNECT_ICNS}" DESTINATION connect-explorer.app/Contents/Resources)

# app/ installs connect-cli and connect-sim to bin/; in the bundle they can use its frameworks. This runs
# after app/'s install rules (packaging/ is added after app/) and before the deploy script below.
install(CODE [[
  set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
  foreach(program connect-cli connect-sim)
    if(EXISTS "${prefix}/bin/${program}")
      file(RENAME "${prefix}/bin/${program}" "${prefix}/connect-explorer.app/Contents/MacOS/${program}")
    endif()
  endforeach()
  file(GLOB left "${prefix}/bin/*")
  if(NOT left)
    file(REMOVE_RECURSE "${prefix}/bin")
  endif()
]])

# macdeployqt over the bundle and the two programs inside it; see deploy.cmake.
if(COMMAND qt_generate_deploy_script)
  file(READ "${CMAKE_CURRENT_LIST_DIR}/deploy.cmake" connect_deploy_content)
  qt_generate_deploy_script(
    TARGET connect-explorer
    NAME connect_explorer_macos
    OUTPUT_SCRIPT connect_deploy_script
    CONTENT "${connect_deploy_content}")
  install(SCRIPT "${connect_deploy_script}")
endif()

# --- DragNDrop -----------------------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "${CONNECT_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_FILESYSTEM "APFS")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-macos")
