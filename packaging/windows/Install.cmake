# Windows: the notices beside the program, and the NSIS installer with a Start-menu
# entry and the routine file type. Included from packaging/CMakeLists.txt.
set(windows_dir ${CMAKE_CURRENT_SOURCE_DIR}/windows)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
              ${PROJECT_SOURCE_DIR}/CHANGELOG.md
    DESTINATION .)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSES/LGPL-3.0-only.txt DESTINATION LICENSES)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME GluteGuide)
set(CPACK_NSIS_DISPLAY_NAME GluteGuide)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_ICON ${windows_dir}/gluteguide.ico)
set(CPACK_NSIS_MUI_UNIICON ${windows_dir}/gluteguide.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\gluteguide.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The Start-menu entry "GluteGuide" for bin\gluteguide.exe.
set(CPACK_PACKAGE_EXECUTABLES gluteguide GluteGuide)
# The routine file type: .gluteguide files open in GluteGuide, with its icon. SHCTX is
# HKLM for an installation for all users, HKCU for one user.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX 'Software\Classes\.gluteguide' '' 'GluteGuide.Routine'
  WriteRegStr SHCTX 'Software\Classes\.gluteguide' 'Content Type' 'application/vnd.gluteguide.routine+json'
  WriteRegStr SHCTX 'Software\Classes\GluteGuide.Routine' '' 'GluteGuide routine'
  WriteRegStr SHCTX 'Software\Classes\GluteGuide.Routine\DefaultIcon' '' '"$INSTDIR\bin\gluteguide.exe",0'
  WriteRegStr SHCTX 'Software\Classes\GluteGuide.Routine\shell\open\command' '' '"$INSTDIR\bin\gluteguide.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey SHCTX 'Software\Classes\GluteGuide.Routine'
  DeleteRegKey SHCTX 'Software\Classes\.gluteguide'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
