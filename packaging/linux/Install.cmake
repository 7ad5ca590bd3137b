# Linux: desktop integration files where the freedesktop.org specifications and the FHS put
# them, and the .deb and .tar.gz settings. Included from packaging/CMakeLists.txt.
set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)

# The menu entry, the software-centre entry, and the routine file type (a double-clicked
# .gluteguide file opens in GluteGuide: the desktop file's MimeType= names the type the
# shared-mime-info package defines).
install(FILES ${linux_dir}/${GLUTEGUIDE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${linux_dir}/${GLUTEGUIDE_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${linux_dir}/${GLUTEGUIDE_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/mime/packages
    RENAME ${GLUTEGUIDE_APP_ID}.xml)

# The icon in the hicolor theme: the SVG source as the scalable one, and the PNGs
# tools/make-icons.sh renders from it.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${GLUTEGUIDE_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES
        ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${GLUTEGUIDE_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# GluteGuide's own translations are compiled into the program (":/i18n/"), so there are no .qm
# files of ours to install; Qt's (qtbase_fr.qm, ...) are read from Qt's translations folder,
# /usr/share/qt6/translations, which the .deb depends on.
# Debian names a package's documentation folder after the package (GNUInstallDirs' DOCDIR would
# be share/doc/GluteGuide, after the project).
set(linux_doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/gluteguide)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
              ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/README.md
    DESTINATION ${linux_doc_dir})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSES/LGPL-3.0-only.txt
    DESTINATION ${linux_doc_dir}/LICENSES)
# Debian's machine-readable summary of the licences, where Debian looks for it.
install(FILES ${linux_dir}/copyright DESTINATION ${linux_doc_dir})

set(CPACK_GENERATOR DEB TGZ)
# gluteguide-0.1.0-Linux-x86_64.tar.gz, with that folder at its top.
set(CPACK_PACKAGE_FILE_NAME
    "gluteguide-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# gluteguide_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The first line of Description: is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "GluteGuide coaches a side-lying hip series that strengthens the glutes and can
help ease low back pain: a stick figure moves in time with you, a counter counts
the repetitions and a voice says the cues, also shown as captions. Therapists
can tailor the routine, save it as a file for a patient and print a handout.")
# The libraries the program links come from dpkg-shlibdeps (needs dpkg-dev and file; without
# them CPack leaves them out without failing, which the packaging.DebContents test catches).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time, which no scanner sees: the X11 platform plugin (qt6-qpa-plugins),
# the SQLite driver for the history, and Qt's own translations (dialog buttons).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-translations-l10n")
# The system's text-to-speech (an optional voice) needs an engine plugin; Wayland sessions use
# Qt's Wayland plugin (else XWayland); Chinese needs a font with its characters.
set(linux_recommends "qt6-wayland, fonts-noto-cjk")
if(TARGET Qt6::TextToSpeech)
    string(PREPEND linux_recommends
        "qt6-speech-speechd-plugin | qt6-speech-flite-plugin, ")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${linux_recommends}")
