# macOS: GluteGuide.app with its Info.plist (bundle id, icon, the routine document type) and a
# DragNDrop disk image. Included from packaging/CMakeLists.txt.
set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)

# The icon goes into the bundle's Resources, as Qt's "Setting the Application Icon" describes.
set(macos_icon ${macos_dir}/gluteguide.icns)
set_source_files_properties(${macos_icon} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(gluteguide PRIVATE ${macos_icon})
set_target_properties(gluteguide PROPERTIES
    OUTPUT_NAME GluteGuide
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME GluteGuide
    MACOSX_BUNDLE_GUI_IDENTIFIER ${GLUTEGUIDE_APP_ID}
    MACOSX_BUNDLE_ICON_FILE gluteguide.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The GluteGuide developers. GPL-3.0-or-later.")

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
    DESTINATION .)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME GluteGuide)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${macos_icon})
