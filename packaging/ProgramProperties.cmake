# The program target's platform properties, included from app/CMakeLists.txt right after
# qt_add_executable(gluteguide ...): Qt finalizes the target at the end of that directory, and
# source file properties belong to the directory of the target.
set(gluteguide_app_id io.github.gluteguide.GluteGuide)
if(WIN32)
    # The .exe's icon (Explorer, the taskbar, the file type), from a resource script, as Qt's
    # "Setting the Application Icon" describes.
    target_sources(gluteguide PRIVATE ${PROJECT_SOURCE_DIR}/packaging/windows/gluteguide.rc)
elseif(APPLE)
    # GluteGuide.app: the icon in the bundle's Resources, and an Info.plist with the bundle id
    # and the routine document type (packaging/macos/Info.plist.in).
    set(macos_icon ${PROJECT_SOURCE_DIR}/packaging/macos/gluteguide.icns)
    set_source_files_properties(${macos_icon} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(gluteguide PRIVATE ${macos_icon})
    set_target_properties(gluteguide PROPERTIES
        OUTPUT_NAME GluteGuide
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME GluteGuide
        MACOSX_BUNDLE_GUI_IDENTIFIER ${gluteguide_app_id}
        MACOSX_BUNDLE_ICON_FILE gluteguide.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The GluteGuide developers. GPL-3.0-or-later.")
endif()
