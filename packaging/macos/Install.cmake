# macOS: the notices beside GluteGuide.app (its Info.plist and icon: packaging/ProgramProperties.cmake)
# and a DragNDrop disk image. Included from packaging/CMakeLists.txt.
set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
    DESTINATION .)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME GluteGuide)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${macos_dir}/gluteguide.icns)
