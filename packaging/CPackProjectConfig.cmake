# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): settings that differ between generators.
if(CPACK_GENERATOR STREQUAL "TGZ" OR CPACK_GENERATOR STREQUAL "ZIP")
  # Archives ship stripped programs. The DEB strips them itself and keeps the debug info in its -dbgsym
  # package, which needs the files unstripped when it sees them.
  set(CPACK_STRIP_FILES ON)
endif()
