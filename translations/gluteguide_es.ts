<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/dialogs/AboutDialog.cpp" line="+41"/>
        <source>About GluteGuide</source>
        <translation>Acerca de GluteGuide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coaches a side-lying hip series that strengthens the glutes and can help ease low back pain.</source>
        <translation>Le guía en una serie de ejercicios de cadera, tumbado de lado, que fortalece los glúteos y puede ayudarle a aliviar el dolor lumbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GluteGuide does not replace a clinician&apos;s advice. If an exercise hurts, stop and ask your physiotherapist, chiropractor or doctor before going on.</source>
        <translation>GluteGuide no sustituye el consejo de un profesional sanitario. Si un ejercicio le duele, deténgase y consulte a su fisioterapeuta, quiropráctico o médico antes de continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copyright © 2026 The GluteGuide developers. GluteGuide is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Copyright © 2026 Los desarrolladores de GluteGuide. GluteGuide es software libre: usted puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o cualquier versión posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/storage/AppSettings.cpp" line="+305"/>
        <source>%1: &quot;%2&quot; is not %3; using %4</source>
        <translation>%1: «%2» no es %3; se usa %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one of RecordedClips, SystemSpeech, Off</source>
        <translation>uno de RecordedClips, SystemSpeech, Off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number from 0 to 1</source>
        <translation>un número de 0 a 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of system, light, dark, high-contrast</source>
        <translation>uno de system, light, dark, high-contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stored staff PIN</source>
        <translation>un PIN del personal guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: kiosk mode asks for a new PIN</source>
        <translation>ninguno: el modo recepción pedirá un PIN nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time like 18:00</source>
        <translation>una hora como 18:00</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list of weekdays from 1 (Monday) to 7 (Sunday)</source>
        <translation>una lista de días de 1 (lunes) a 7 (domingo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no day</source>
        <translation>ningún día</translation>
    </message>
</context>
<context>
    <name>BigCounter</name>
    <message>
        <location filename="../app/widgets/BigCounter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Repetition count</source>
        <translation>Número de repeticiones</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+31"/>
        <source>Print the exercise plan and exit.</source>
        <translation>Muestra el plan de ejercicios y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the routine in &lt;file&gt; instead of the built-in one.</source>
        <translation>Usa la rutina de &lt;archivo&gt; en lugar de la integrada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+35"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>With --plan or --history, print JSON.</source>
        <translation>Con --plan o --history, muestra JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the routine&apos;s handout to &lt;file&gt; as a PDF and exit.</source>
        <translation>Guarda la hoja de ejercicios de la rutina en &lt;archivo&gt; como PDF y sale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export-handout: a4 or letter.</source>
        <translation>Con --export-handout: a4 o letter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sessions kept in the history and exit.</source>
        <translation>Muestra las sesiones guardadas en el historial y sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the sessions kept in the history to &lt;file&gt; as CSV and exit.</source>
        <translation>Guarda las sesiones del historial en &lt;archivo&gt; como CSV y sale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show and say everything in &lt;language&gt;: %1. Without it, the language chosen in Settings, else the system&apos;s.</source>
        <translation>Mostrar y decir todo en &lt;idioma&gt;: %1. Sin esta opción, el idioma elegido en Ajustes; si no, el del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice or sounds; captions only.</source>
        <translation>Sin voz ni sonidos; solo subtítulos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the window full screen.</source>
        <translation>Abre la ventana a pantalla completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the system tray, for the daily reminder (used when starting with the desktop).</source>
        <translation>Se inicia en la bandeja del sistema, para el recordatorio diario (se usa al iniciar el escritorio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run as the clinic&apos;s front-desk demo: full screen, a looping demonstration, locked with the staff PIN.</source>
        <translation>Funciona como demostración para la recepción de la clínica: pantalla completa, demostración en bucle, bloqueada con el PIN del personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin the session at once.</source>
        <translation>Empieza la sesión de inmediato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run session time &lt;x&gt; times as fast (for demos and testing).</source>
        <translation>Hace transcurrir la sesión &lt;x&gt; veces más rápido (para demostraciones y pruebas).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every session event and cue to &lt;file&gt; as JSON Lines.</source>
        <translation>Guarda cada evento e indicación de la sesión en &lt;archivo&gt; como JSON Lines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a PNG of the window to &lt;file&gt; and exit (works without a display).</source>
        <translation>Guarda una imagen PNG de la ventana en &lt;archivo&gt; y sale (funciona sin pantalla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot, start the session and show it &lt;seconds&gt; in.</source>
        <translation>Con --screenshot, inicia la sesión y la muestra a los &lt;segundos&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>With --at, apply &lt;command&gt; at that moment: pause, thats_all_i_can_do, skip, pain_stop or stop.</source>
        <translation>Con --at, aplica &lt;comando&gt; en ese momento: pause, thats_all_i_can_do, skip, pain_stop o stop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot, show this screen: home, preview, editor, progress or settings.</source>
        <translation>Con --screenshot, muestra esta pantalla: home, preview, editor, progress o settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot --page preview: see the figure from the front or from the feet.</source>
        <translation>Con --screenshot --page preview: ver la figura de frente (front) o desde los pies (feet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front|feet</source>
        <translation>front|feet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window after &lt;seconds&gt; (for benchmarks).</source>
        <translation>Cierra la ventana tras &lt;segundos&gt; (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaches a side-lying hip exercise series that strengthens the glutes.
It does not replace a clinician&apos;s advice. Stop if you feel pain.</source>
        <translation>Le guía en una serie de ejercicios de cadera de lado que fortalece los glúteos.
No sustituye el consejo de un profesional de la salud. Deténgase si siente dolor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A routine file to use, as with --routine.</source>
        <translation>Un archivo de rutina para usar, como con --routine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <translation>[archivo]</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Option &apos;language&apos; needs one of: %1.</source>
        <translation>La opción «language» necesita uno de estos valores: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Option &apos;%1&apos; is given more than once.</source>
        <translation>La opción «%1» aparece más de una vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;routine&apos; needs a file name.</source>
        <translation>La opción &apos;routine&apos; necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the routine file once: either FILE or --routine FILE.</source>
        <translation>Indique el archivo de rutina una sola vez: ARCHIVO o bien --routine ARCHIVO.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;export-handout&apos; needs a file name.</source>
        <translation>La opción &apos;export-handout&apos; necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;paper&apos; needs a4 or letter.</source>
        <translation>La opción &apos;paper&apos; necesita a4 o letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;paper&apos; applies only with --export-handout.</source>
        <translation>La opción &apos;paper&apos; solo se aplica con --export-handout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;export-history&apos; needs a file name.</source>
        <translation>La opción &apos;export-history&apos; necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give only one of --plan, --export-handout, --history and --export-history.</source>
        <translation>Indique solo una de las opciones --plan, --export-handout, --history y --export-history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;json&apos; applies only with --plan or --history.</source>
        <translation>La opción &apos;json&apos; solo se aplica con --plan o --history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; read the stored sessions; leave out the routine file.</source>
        <translation>Las opciones &apos;history&apos; y &apos;export-history&apos; leen las sesiones guardadas; no indique el archivo de rutina.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Option &apos;background&apos; starts hidden; leave out --kiosk and --start.</source>
        <translation>La opción &apos;background&apos; se inicia oculta; no use --kiosk ni --start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;kiosk&apos; starts with the demonstration loop; leave out --start.</source>
        <translation>La opción &apos;kiosk&apos; se inicia con la demostración en bucle; no use --start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;speed&apos; needs a number from %1 to %2.</source>
        <translation>La opción &apos;speed&apos; necesita un número de %1 a %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;at&apos; applies only with --screenshot.</source>
        <translation>La opción &apos;at&apos; solo se aplica con --screenshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;at&apos; needs a number of seconds from 0 to %1.</source>
        <translation>La opción &apos;at&apos; necesita un número de segundos de 0 a %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;then&apos; applies only with --screenshot and --at.</source>
        <translation>La opción &apos;then&apos; solo se aplica con --screenshot y --at.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;then&apos; needs one of: pause, thats_all_i_can_do, skip, pain_stop, stop.</source>
        <translation>La opción &apos;then&apos; necesita uno de estos valores: pause, thats_all_i_can_do, skip, pain_stop, stop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;page&apos; applies only with --screenshot.</source>
        <translation>La opción &apos;page&apos; solo se aplica con --screenshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;page&apos; needs one of: %1.</source>
        <translation>La opción &apos;page&apos; necesita uno de estos valores: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;at&apos; goes with the session screen, --page preview or --page kiosk.</source>
        <translation>La opción &apos;at&apos; se usa con la pantalla de sesión, --page preview o --page kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;view&apos; applies only with --screenshot --page preview.</source>
        <translation>La opción &apos;view&apos; solo se aplica con --screenshot --page preview.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;view&apos; needs front or feet.</source>
        <translation>La opción &apos;view&apos; necesita front o feet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;quit-after&apos; needs a number of seconds above 0 and up to %1.</source>
        <translation>La opción &apos;quit-after&apos; necesita un número de segundos mayor que 0 y de hasta %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Option &apos;plan&apos; prints the plan and opens no window; leave out the window&apos;s options.</source>
        <translation>La opción &apos;plan&apos; muestra el plan y no abre ninguna ventana; quite las opciones de la ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;export-handout&apos; writes a file and opens no window; leave out the window&apos;s options.</source>
        <translation>La opción &apos;export-handout&apos; escribe un archivo y no abre ninguna ventana; quite las opciones de la ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; open no window; leave out the window&apos;s options.</source>
        <translation>Las opciones &apos;history&apos; y &apos;export-history&apos; no abren ninguna ventana; quite las opciones de la ventana.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the handout cannot be written: %1</source>
        <translation>no se puede escribir la hoja de ejercicios: %1</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../app/audio/CuePlayer.cpp" line="+203"/>
        <source>A voice clip could not be played. Captions continue.</source>
        <translation>No se pudo reproducir un clip de voz. Los subtítulos continúan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No sound output was found. The session goes on with captions.</source>
        <translation>No se encontró ninguna salida de sonido. La sesión continúa con subtítulos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound stopped working — captions continue.</source>
        <translation>El sonido dejó de funcionar; los subtítulos continúan.</translation>
    </message>
</context>
<context>
    <name>CueTexts</name>
    <message>
        <location filename="../app/cues/CueTexts.cpp" line="+16"/>
        <source>Lie down on your side on the floor, on a mat if you have one.</source>
        <translation>Acuéstese de lado en el suelo, sobre una colchoneta si tiene una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm or your hands, neck straight.</source>
        <translation>Apoye la cabeza en el brazo de abajo o en las manos, con el cuello recto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack your hips, knees and feet. Bend your knees, heels together.</source>
        <translation>Alinee caderas, rodillas y pies, unos sobre otros. Doble las rodillas, con los talones juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your top hand on your top hip, so your pelvis stays still.</source>
        <translation>Ponga la mano de arriba sobre la cadera de arriba, para que la pelvis no se mueva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clamshells: lift the top knee, heels together.</source>
        <translation>La almeja: levante la rodilla de arriba, con los talones juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight leg raises: lift the top leg a few inches.</source>
        <translation>Elevaciones de pierna recta: levante la pierna de arriba unos diez centímetros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses: an inch up, an inch down.</source>
        <translation>Pulsos: dos o tres centímetros arriba, y otros tantos abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, clockwise.</source>
        <translation>Círculos pequeños y lentos, en el sentido de las agujas del reloj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, counterclockwise.</source>
        <translation>Círculos pequeños y lentos, en sentido contrario a las agujas del reloj.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hips stacked.</source>
        <translation>Caderas alineadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nice and slow.</source>
        <translation>Despacio, sin prisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet together.</source>
        <translation>Pies juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rocking.</source>
        <translation>Sin balancearse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift.</source>
        <translation>Suba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower.</source>
        <translation>Baje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up.</source>
        <translation>Arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down.</source>
        <translation>Abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle.</source>
        <translation>Gire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now reverse the circles: counterclockwise.</source>
        <translation>Ahora invierta los círculos: en sentido contrario a las agujas del reloj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 of %2.</source>
        <translation>Serie %1 de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides. Roll onto your other side and stack your hips again.</source>
        <translation>Cambie de lado. Gírese hacia el otro lado y vuelva a alinear las caderas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Three more.</source>
        <translation>Tres más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last one.</source>
        <translation>La última.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest for a moment.</source>
        <translation>Descanse un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. The next set starts soon.</source>
        <translation>Descanse. La siguiente serie empieza pronto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. You have finished the series.</source>
        <translation>Muy bien. Ha terminado la serie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping now. Rest in a comfortable position. If the pain goes on, contact your clinician.</source>
        <translation>Paramos aquí. Descanse en una postura cómoda. Si el dolor continúa, consulte a su profesional de la salud.</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../app/startup/DisplayCheck.cpp" line="+22"/>
        <source>gluteguide: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
  On a desktop, start it from a terminal inside the desktop session.
  Without one, run it on a virtual display:   xvfb-run -a gluteguide
  or save a picture of the window instead:    gluteguide --screenshot window.png --at 30
  or print the exercise plan:                 gluteguide --plan
</source>
        <translation>gluteguide: no hay ninguna pantalla en la que abrir la ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY).
  En un escritorio, inícielo desde un terminal dentro de la sesión gráfica.
  Sin escritorio, ejecútelo en una pantalla virtual:   xvfb-run -a gluteguide
  o guarde en su lugar una imagen de la ventana:       gluteguide --screenshot window.png --at 30
  o muestre el plan de ejercicios:                     gluteguide --plan
</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../app/text/DisplayNames.cpp" line="+10"/>
        <source>Untitled routine</source>
        <translation>Rutina sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side-lying hip series</source>
        <translation>Serie de ejercicios de cadera de lado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clamshell</source>
        <translation>Almeja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight-leg raise</source>
        <translation>Elevación de pierna recta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses</source>
        <translation>Pulsos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles clockwise</source>
        <translation>Círculos (sentido horario)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles counterclockwise</source>
        <translation>Círculos (sentido antihorario)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lie on your side</source>
        <translation>Acuéstese de lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head on your arm</source>
        <translation>Cabeza sobre el brazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack hips, knees and feet</source>
        <translation>Caderas, rodillas y pies alineados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand on your top hip</source>
        <translation>Mano sobre la cadera de arriba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lying on your left side</source>
        <translation>Sobre el lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lying on your right side</source>
        <translation>Sobre el lado derecho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting into position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short rest</source>
        <translation>Descanso breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../app/pages/EditorPage.cpp" line="+66"/>
        <source>Repetitions</source>
        <translation>El número de repeticiones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tempo</source>
        <translation>El ritmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>La duración</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Edit the routine</source>
        <translation>Editar la rutina</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Getting into position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements, in the order they are done</source>
        <translation>Movimientos, en el orden en que se hacen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch a movement off to leave it out; its settings are kept.</source>
        <translation>Desactive un movimiento para omitirlo; sus ajustes se conservan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length and repetitions of the routine</source>
        <translation>Duración y repeticiones de la rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the built-in routine</source>
        <translation>Volver a la rutina integrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 seconds</source>
        <translation>De %1 a %2 segundos</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient</source>
        <translation>Nota para el paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on Home and printed on the handout</source>
        <translation>Se muestra en el inicio y se imprime en la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient:</source>
        <translation>Nota para el paciente:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Rename the routine</source>
        <translation>Cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the note</source>
        <translation>Cambiar la nota</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Sides and sets</source>
        <translation>Lados y series</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side to lie on first</source>
        <translation>Lado sobre el que acostarse primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lie on this side first:</source>
        <translation>Lado inicial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the other side</source>
        <translation>Después, el otro lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side</source>
        <translation>Series por lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side:</source>
        <translation>Series por lado:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Change the first side</source>
        <translation>Cambiar el lado inicial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do both sides</source>
        <translation>Hacer ambos lados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do one side only</source>
        <translation>Hacer solo un lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the sets</source>
        <translation>Cambiar las series</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Rests</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Get ready before each movement:</source>
        <translation>Preparación antes de cada movimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between movements:</source>
        <translation>Entre movimientos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between sets:</source>
        <translation>Entre series:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling to the other side:</source>
        <translation>Girarse al otro lado:</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Change a rest</source>
        <translation>Cambiar un descanso</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change a set-up step</source>
        <translation>Cambiar un paso de la posición inicial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Do %1</source>
        <translation>Hacer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reps</source>
        <translation> rep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: repetitions</source>
        <translation>%1: repeticiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the tempo</source>
        <translation>Cambiar el ritmo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1 earlier</source>
        <translation>Mover «%1» antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 later</source>
        <translation>Mover «%1» después</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch a movement on</source>
        <translation>Activar un movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch a movement off</source>
        <translation>Desactivar un movimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the repetitions</source>
        <translation>Cambiar las repeticiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the order</source>
        <translation>Cambiar el orden</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 in all · %2 repetitions</source>
        <translation>%1 en total · %2 repeticiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct what is marked in red to use this routine</source>
        <translation>Corrija lo marcado en rojo para usar esta rutina</translation>
    </message>
</context>
<context>
    <name>FormPoints</name>
    <message>
        <location filename="../app/text/FormPoints.cpp" line="+9"/>
        <source>Knees bent, heels together: the feet stay touching the whole time.</source>
        <translation>Rodillas dobladas, talones juntos: los pies se mantienen en contacto todo el tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the top knee slowly and bring it down under control.</source>
        <translation>Levante despacio la rodilla de arriba y bájela de forma controlada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t let the knee drop all the way between repetitions.</source>
        <translation>No deje caer la rodilla del todo entre repeticiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You should feel the side of your hip doing the work.</source>
        <translation>Debe notar que trabaja la parte lateral de la cadera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten the top leg first.</source>
        <translation>Primero estire la pierna de arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift it only a few inches (about 10 cm), then lower it slowly.</source>
        <translation>Levántela solo unos centímetros (unos 10 cm) y luego bájela despacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slower you go, the harder the hip works: that is the point.</source>
        <translation>Cuanto más despacio, más trabaja la cadera: de eso se trata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the straight leg raised.</source>
        <translation>Mantenga la pierna recta levantada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it about an inch up and an inch down, slowly.</source>
        <translation>Súbala unos dos centímetros y medio y bájela otro tanto, despacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hand on the floor in front of you can steady you.</source>
        <translation>Apoyar una mano en el suelo delante de usted puede darle estabilidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the leg straight, draw small, slow circles with the foot.</source>
        <translation>Con la pierna recta, dibuje con el pie círculos pequeños y lentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the leg moves: the hips don&apos;t rock.</source>
        <translation>Solo se mueve la pierna: las caderas no se balancean.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clockwise first; the next movement reverses the direction.</source>
        <translation>Primero en sentido horario; el siguiente movimiento invierte la dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same small circles, the other way round.</source>
        <translation>Los mismos círculos pequeños, en sentido contrario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hips, knees and feet stay stacked; a hand on the top hip keeps the pelvis from rolling forward or back.</source>
        <translation>Caderas, rodillas y pies se mantienen alineados; una mano sobre la cadera de arriba evita que la pelvis ruede hacia delante o hacia atrás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head resting on your arm or hands, neck neutral.</source>
        <translation>Cabeza apoyada en el brazo o en las manos, cuello en posición neutra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t manage all the repetitions yet? Do what you can and build up.</source>
        <translation>¿Todavía no puede hacer todas las repeticiones? Haga las que pueda y vaya aumentando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if you feel pain.</source>
        <translation>Deténgase si siente dolor.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../app/handout/Handout.cpp" line="+126"/>
        <source>GluteGuide does not replace your clinician&apos;s advice.</source>
        <translation>GluteGuide no sustituye el consejo de su profesional de la salud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About %1 minutes, %2 repetitions in all.</source>
        <translation>Unos %1 minutos, %2 repeticiones en total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sets lying on your %2 side, then %1 sets on your %3 side.</source>
        <translation>%1 series sobre el %2 y después %1 series sobre el %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sets lying on your %2 side.</source>
        <translation>%1 series sobre el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rests: %1 s to get ready before each movement, %2 s between movements, %3 s between sets</source>
        <translation>Descansos: %1 s de preparación antes de cada movimiento, %2 s entre movimientos, %3 s entre series</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 s to roll onto the other side</source>
        <translation>, %1 s para girarse al otro lado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sets on each side</source>
        <translation>%1 series por lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sets</source>
        <translation>%1 series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repetitions × %2 · %3</source>
        <translation>%1 repeticiones × %2 · %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your exercises · %1</source>
        <translation>Sus ejercicios · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your therapist</source>
        <translation>De parte de su terapeuta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting into position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stay safe</source>
        <translation>Su seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if it hurts, and ask your physiotherapist, chiropractor or doctor before going on. Can&apos;t manage all the repetitions yet? Do what you can and build up over the weeks. Move slowly and keep your hips stacked. This handout does not replace your clinician&apos;s advice.</source>
        <translation>Deténgase si le duele y consulte a su fisioterapeuta, quiropráctico o médico antes de continuar. ¿Todavía no puede hacer todas las repeticiones? Haga las que pueda y vaya aumentando con las semanas. Muévase despacio y mantenga las caderas alineadas. Esta hoja no sustituye el consejo de su profesional de la salud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each set, in this order</source>
        <translation>En cada serie, en este orden</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <location filename="../app/history/HistoryCsv.cpp" line="+56"/>
        <source>Started</source>
        <extracomment>Column headings of the history exported as CSV, for a spreadsheet.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration (seconds)</source>
        <translation>Duración (segundos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps done</source>
        <translation>Repeticiones hechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps prescribed</source>
        <translation>Repeticiones prescritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That&apos;s all I can do</source>
        <extracomment>The column that says whether the person pressed &quot;That&apos;s all I can do&quot;.</extracomment>
        <translation>No puedo más</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../app/history/HistoryDatabase.cpp" line="+160"/>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>No se puede guardar el historial: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history cannot be kept: the folder %1 cannot be written.</source>
        <translation>No se puede guardar el historial: no se puede escribir en la carpeta %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>The history %1 cannot be opened: %2</source>
        <translation>No se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The history %1 is damaged, and it is read-only, so it is left as it is.</source>
        <translation>El historial %1 está dañado y es de solo lectura, así que se deja como está.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history %1 is damaged and cannot be moved aside.</source>
        <translation>El historial %1 está dañado y no se puede apartar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+359"/>
        <source>The history %1 cannot be read: %2</source>
        <translation>No se puede leer el historial %1: %2</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>The history %1 was written by a newer version of GluteGuide, so it is left as it is.</source>
        <translation>El historial %1 lo escribió una versión más reciente de GluteGuide, así que se deja como está.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history %1 needs an update but is read-only.</source>
        <translation>El historial %1 necesita actualizarse, pero es de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 is in use by another program.</source>
        <translation>Otro programa está usando el historial %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history %1 cannot be brought up to date: %2</source>
        <translation>No se puede actualizar el historial %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history file was damaged and could not be read. It was kept as %1, and a new history was begun.</source>
        <translation>El archivo del historial estaba dañado y no se pudo leer. Se conservó como %1 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history %1 can be read but not written, so new sessions cannot be saved in it.</source>
        <translation>El historial %1 se puede leer pero no escribir, así que no se pueden guardar sesiones nuevas en él.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+14"/>
        <source>Session %1 was not begun in this history.</source>
        <translation>La sesión %1 no se empezó en este historial.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The session could not be saved: the history is not open.</source>
        <translation>No se pudo guardar la sesión: el historial no está abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>The session could not be saved in the history: %1 cannot be written. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>No se pudo guardar la sesión en el historial: no se puede escribir en %1. Las sesiones anteriores no han cambiado; exporte el historial como CSV para conservar esta.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The history is in use by another program. This session is kept and will be saved as soon as the history is free.</source>
        <translation>Otro programa está usando el historial. Esta sesión se conserva y se guardará en cuanto el historial quede libre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session could not be saved in the history: the disk is full. Earlier sessions are unchanged; free some space, or export the history as CSV to keep this one.</source>
        <translation>No se pudo guardar la sesión en el historial: el disco está lleno. Las sesiones anteriores no han cambiado; libere espacio o exporte el historial como CSV para conservar esta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session could not be saved in the history: %1. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>No se pudo guardar la sesión en el historial: %1. Las sesiones anteriores no han cambiado; exporte el historial como CSV para conservar esta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history %1 cannot be read: it is not open.</source>
        <translation>No se puede leer el historial %1: no está abierto.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../app/cli/HistoryText.cpp" line="+18"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped for pain</source>
        <translation>detenida por dolor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sessions recorded yet.</source>
        <translation>Todavía no hay sesiones registradas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/pages/HomePage.cpp" line="+57"/>
        <source>%1 reps · %2</source>
        <translation>%1 rep. · %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note from your therapist</source>
        <translation>Nota de su terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GluteGuide does not replace advice from your clinician. Move slowly, and stop if you feel pain.</source>
        <translation>GluteGuide no sustituye el consejo de su profesional de la salud. Muévase despacio y deténgase si siente dolor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From your therapist: %1</source>
        <translation>De su terapeuta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This routine has problems to correct in the editor before it can be started.</source>
        <translation>Esta rutina tiene problemas que hay que corregir en el editor antes de poder empezar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>then the other side</source>
        <translation>después el otro lado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one side only</source>
        <translation>solo un lado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 movements · %2 sets on each side, %3 · %4 repetitions · about %5 min</source>
        <translation>%1 movimientos · %2 series por lado, %3 · %4 repeticiones · unos %5 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../app/pages/KioskPage.cpp" line="+117"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>Figura de demostración del ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>Pruébelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: a short session to follow</source>
        <translation>Pruébelo: una sesión corta para seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short session to follow on the mat: one set, a few repetitions of each movement.</source>
        <translation>Una sesión corta para seguir en la colchoneta: una serie, unas pocas repeticiones de cada movimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demonstration only: it does not replace a clinician&apos;s advice. Stop if a movement hurts.</source>
        <translation>Solo es una demostración: no sustituye el consejo de un profesional de la salud. Deténgase si un movimiento le duele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Con sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is off: turn it on</source>
        <translation>El sonido está desactivado: actívelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is on: turn it off</source>
        <translation>El sonido está activado: desactívelo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/window/LanguageMenu.cpp" line="+52"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+310"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open routine…</source>
        <translation>&amp;Abrir rutina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export handout…</source>
        <translation>&amp;Exportar hoja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Edit the routine</source>
        <translation>&amp;Editar la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GluteGuide</source>
        <translation>&amp;Acerca de GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[*] — GluteGuide</source>
        <translation>%1[*] — GluteGuide</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar primero los cambios de %1?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a routine</source>
        <translation>Abrir una rutina</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine could not be opened</source>
        <translation>No se pudo abrir la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened; the routine you had stays as it was.

%2</source>
        <translation>No se abrió %1; la rutina que tenía se queda como estaba.

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The routine was not saved</source>
        <translation>No se guardó la rutina</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the handout</source>
        <translation>Exportar la hoja de ejercicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>No handout yet</source>
        <translation>Todavía no hay hoja</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Correct what is marked in the editor first.</source>
        <translation>Corrija primero lo marcado en el editor.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The handout was not saved</source>
        <translation>No se guardó la hoja</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the handout</source>
        <translation>Imprimir la hoja de ejercicios</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A session is running</source>
        <translation>Hay una sesión en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened, so that the session goes on. Open it from the File menu when the session is over.</source>
        <translation>%1 no se abrió, para que la sesión continúe. Ábralo desde el menú Archivo cuando termine la sesión.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Progress history</source>
        <translation>Historial de progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions not yet saved are kept while GluteGuide runs; export them as a CSV file to keep a copy.</source>
        <translation>Las sesiones aún no guardadas se conservan mientras GluteGuide esté abierto; expórtelas a un archivo CSV para guardar una copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history was not exported</source>
        <translation>No se exportó el historial</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for today&apos;s hip exercises.</source>
        <translation>Es hora de sus ejercicios de cadera de hoy.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../app/storage/OutputPath.cpp" line="+10"/>
        <source>cannot be written: it is a folder</source>
        <translation>no se puede escribir: es una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>no se puede escribir: la carpeta %1 no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: %1 is not a folder</source>
        <translation>no se puede escribir: %1 no es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: permission denied</source>
        <translation>no se puede escribir: permiso denegado</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../app/dialogs/PinDialog.cpp" line="+33"/>
        <source>Set the staff PIN</source>
        <translation>Establecer el PIN del personal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose a staff PIN</source>
        <translation>Elija un PIN para el personal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the staff PIN</source>
        <translation>Introduzca el PIN del personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff type this PIN to leave kiosk mode or change its settings. Use %1 to %2 digits.</source>
        <translation>El personal introduce este PIN para salir del modo quiosco o cambiar sus ajustes. Use de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk settings are for clinic staff.</source>
        <translation>Los ajustes del modo quiosco son para el personal de la clínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New staff PIN</source>
        <translation>Nuevo PIN del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuevo PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New staff PIN again</source>
        <translation>Nuevo PIN del personal (repetición)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repítalo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN message</source>
        <translation>Mensaje sobre el PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set PIN</source>
        <translation>Establecer PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again.</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>El PIN debe tener de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the same PIN again to confirm it.</source>
        <translation>Escriba el mismo PIN otra vez para confirmarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo dentro de %1 s.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../app/cli/PlanText.cpp" line="+17"/>
        <source>1 rep</source>
        <translation>1 repetición</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 set</source>
        <translation>1 serie</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per side: lying on your left side first, then on your right side</source>
        <translation>%1 por lado: primero sobre el lado izquierdo, después sobre el derecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per side: lying on your right side first, then on your left side</source>
        <translation>%1 por lado: primero sobre el lado derecho, después sobre el izquierdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, lying on your left side only</source>
        <translation>%1, solo sobre el lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, lying on your right side only</source>
        <translation>%1, solo sobre el lado derecho</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>get ready: %1 (%2)</source>
        <translation>preparación: %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rest (%1)</source>
        <translation>descanso (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest between sets (%1)</source>
        <translation>descanso entre series (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch sides: roll onto your left side (%1)</source>
        <translation>cambio de lado: gírese hacia el lado izquierdo (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch sides: roll onto your right side (%1)</source>
        <translation>cambio de lado: gírese hacia el lado derecho (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1 of %2, %3</source>
        <translation>Serie %1 de %2, %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Total time %1, %2</source>
        <translation>Tiempo total %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each set:</source>
        <translation>En cada serie:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get ready before each movement: %1</source>
        <translation>Preparación antes de cada movimiento: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between movements: %1</source>
        <translation>Descanso entre movimientos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets: %1</source>
        <translation>Descanso entre series: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching sides: %1</source>
        <translation>Cambio de lado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lie on your side on the floor</source>
        <translation>acuéstese de lado en el suelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rest your head on your lower arm, neck in line</source>
        <translation>apoye la cabeza en el brazo de abajo, con el cuello alineado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stack hips, knees and feet, heels together</source>
        <translation>alinee caderas, rodillas y pies, con los talones juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put your top hand on your top hip</source>
        <translation>ponga la mano de arriba sobre la cadera de arriba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lying on your left side</source>
        <translation>sobre el lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lying on your right side</source>
        <translation>sobre el lado derecho</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × (%2)</source>
        <translation>%1 × (%2)</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <location filename="../app/widgets/PlanTimeline.cpp" line="+131"/>
        <source>%1 side</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1</source>
        <translation>Serie %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../app/pages/PreviewPage.cpp" line="+143"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front view</source>
        <translation>Vista frontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View from the feet</source>
        <translation>Vista desde los pies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement preview</source>
        <translation>Vista previa del movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole session timeline</source>
        <translation>Cronología de toda la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement&apos;s timeline</source>
        <translation>Cronología de este movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview time</source>
        <translation>Tiempo de la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole session:</source>
        <translation>Toda la sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement:</source>
        <translation>Este movimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement to preview</source>
        <translation>Movimiento para la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>Ir al principio (Inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back (Left)</source>
        <translation>Un fotograma atrás (Flecha izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+246"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>One frame on (Right)</source>
        <translation>Un fotograma adelante (Flecha derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>Ir al final (Fin)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Movement:</source>
        <translation>&amp;Movimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview speed</source>
        <translation>Velocidad de la vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop this movement</source>
        <translation>Repetir este movimiento en bucle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice at 1×</source>
        <translation>Voz a velocidad 1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home (Esc)</source>
        <translation>Volver al inicio (Esc)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Repetition %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+245"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../app/pages/ProgressPage.cpp" line="+141"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions yet. After your first session, this page shows how your repetitions build up for each movement, how many sessions you do each week and how many days in a row you have exercised.</source>
        <translation>Todavía no hay sesiones. Después de su primera sesión, esta página mostrará cómo aumentan sus repeticiones en cada movimiento, cuántas sesiones hace cada semana y cuántos días seguidos ha hecho ejercicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitions per session, all sets and sides</source>
        <translation>Repeticiones por sesión, contando todas las series y ambos lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Last pain stop</source>
        <translation>Última parada por dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Finish or stop a session to see what to aim for next time.</source>
        <translation>Termine o detenga una sesión para ver su objetivo para la próxima vez.</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>Aim for next time</source>
        <translation>Objetivo para la próxima vez</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Prescribed</source>
        <translation>Prescrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aim for</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition targets for next time</source>
        <translation>Objetivos de repeticiones para la próxima vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>ReminderAutostart</name>
    <message>
        <location filename="../app/reminder/ReminderAutostart.cpp" line="+72"/>
        <source>Reminds you of your daily hip exercises</source>
        <translation>Le recuerda sus ejercicios diarios de cadera</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../app/tray/ReminderTray.cpp" line="+93"/>
        <source>GluteGuide reminder menu</source>
        <translation>Menú del recordatorio de GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GluteGuide</source>
        <translation>&amp;Abrir GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start today&apos;s session</source>
        <translation>&amp;Empezar la sesión de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Time for your hip exercises</source>
        <translation>Es hora de sus ejercicios de cadera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your side-lying series is ready when you are. Stop if you feel pain.</source>
        <translation>Su serie de ejercicios de lado le espera cuando quiera. Deténgase si siente dolor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GluteGuide: next reminder %1 %2</source>
        <translation>GluteGuide: próximo recordatorio: %1, %2</translation>
    </message>
</context>
<context>
    <name>RepsChart</name>
    <message>
        <location filename="../app/widgets/RepsChart.cpp" line="+82"/>
        <location line="+157"/>
        <source>Repetitions per session for each movement</source>
        <translation>Repeticiones por sesión de cada movimiento</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session, on %1.</source>
        <translation>1 sesión, el %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sessions from %1 to %2.</source>
        <translation>
            <numerusform>%n sesión del %1 al %2.</numerusform>
            <numerusform>%n sesiones del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each point is the average session of one week.</source>
        <translation>Cada punto es la sesión media de una semana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 reps at first, %3 most recently, of %4 prescribed.</source>
        <translation>%1: %2 repeticiones al principio, %3 la última vez, de %4 prescritas.</translation>
    </message>
</context>
<context>
    <name>RoutineDocument</name>
    <message>
        <location filename="../app/document/RoutineDocument.cpp" line="+64"/>
        <source>GluteGuide routines (*.%1)</source>
        <translation>Rutinas de GluteGuide (*.%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reset to the built-in routine</source>
        <translation>Volver a la rutina integrada</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The routine has problems; correct them first, so that the file can be opened again.</source>
        <translation>La rutina tiene problemas; corríjalos primero para que el archivo se pueda volver a abrir.</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <location filename="../app/storage/RoutineFile.cpp" line="+14"/>
        <source>cannot be read: it is a folder, not a routine file</source>
        <translation>no se puede leer: es una carpeta, no un archivo de rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is larger than %1 KiB, too large to be a routine file</source>
        <translation>ocupa más de %1 KiB, demasiado para un archivo de rutina</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be saved: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
</context>
<context>
    <name>RoutineJson</name>
    <message>
        <location filename="../app/storage/RoutineJson.cpp" line="+167"/>
        <location line="+480"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+474"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>is not a known field; did you mean &quot;%1&quot;?</source>
        <translation>no es un campo conocido; ¿quería decir &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a known field; the known fields are %1</source>
        <translation>no es un campo conocido; los campos conocidos son %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number (got %1)</source>
        <translation>debe ser un número entero (valor: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>is far out of range (got %1)</source>
        <translation>está muy fuera del rango permitido (valor: %1)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be a number of seconds (got %1)</source>
        <translation>debe ser un número de segundos (valor: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a string (got %1)</source>
        <translation>debe ser una cadena de texto (valor: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false (got %1)</source>
        <translation>debe ser true o false (valor: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing; this version of GluteGuide reads schema_version %1</source>
        <translation>falta; esta versión de GluteGuide lee schema_version %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, newer than this version of GluteGuide reads (%2); open the file with a newer GluteGuide</source>
        <translation>es %1, más reciente de lo que lee esta versión de GluteGuide (%2); abra el archivo con una versión más reciente de GluteGuide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a known schema version (got %1); this version of GluteGuide reads schema_version %2</source>
        <translation>no es una versión de esquema conocida (valor: %1); esta versión de GluteGuide lee schema_version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of setup steps (got %1)</source>
        <translation>debe ser un array de pasos de la posición inicial (valor: %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an object like {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} (got %1)</source>
        <translation>debe ser un objeto como {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} (valor: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>is not a known setup step (got %1); use one of %2</source>
        <translation>no es un paso de posición inicial conocido (valor: %1); use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an array of movements (got %1)</source>
        <translation>debe ser un array de movimientos (valor: %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be an object like {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} (got %1)</source>
        <translation>debe ser un objeto como {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} (valor: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is not a known movement (got %1); use one of %2</source>
        <translation>no es un movimiento conocido (valor: %1); use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an array of seconds, one per phase (got %1)</source>
        <translation>debe ser un array de segundos, uno por fase (valor: %1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must be &quot;%1&quot; or &quot;%2&quot; (got %3)</source>
        <translation>debe ser &quot;%1&quot; o &quot;%2&quot; (valor: %3)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>is empty; a routine file is a JSON object</source>
        <translation>está vacío; un archivo de rutina es un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is saved as UTF-16 text; save it as UTF-8 (JSON&apos;s encoding)</source>
        <translation>está guardado como texto UTF-16; guárdelo como UTF-8 (la codificación de JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>no es JSON válido: %1 en la línea %2, columna %3 (byte %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a JSON object {&quot;schema_version&quot;: %1, ...} (got %2)</source>
        <translation>debe ser un objeto JSON {&quot;schema_version&quot;: %1, ...} (valor: %2)</translation>
    </message>
</context>
<context>
    <name>RoutineProblemText</name>
    <message>
        <location filename="../app/text/RoutineProblemText.cpp" line="+19"/>
        <source>must be a whole number from %1 to %2 (got %3)</source>
        <translation>debe ser un número entero de %1 a %2 (valor: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be from %1 to %2 seconds (got %3)</source>
        <translation>debe estar entre %1 y %2 segundos (valor: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must list one duration per phase of %2 (expected %1, got %3)</source>
        <translation>debe indicar una duración por cada fase de %2 (esperado: %1; recibido: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must list at least one movement</source>
        <translation>debe incluir al menos un movimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must have at least one movement switched on</source>
        <translation>debe tener al menos un movimiento activado</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <location filename="../app/window/ScreenshotCapture.cpp" line="+52"/>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../app/pages/SessionPage.cpp" line="+113"/>
        <source>Whole session progress</source>
        <translation>Progreso de toda la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>Figura de demostración del ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase of the current repetition</source>
        <translation>Fase de la repetición actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o continuar (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do</source>
        <translation>No puedo más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do: end this movement (Enter)</source>
        <translation>No puedo más: terminar este movimiento (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Skip rest</source>
        <translation>Saltar descanso</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Skip this part</source>
        <translation>Saltar esta parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop…</source>
        <translation>Detener…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session (Esc)</source>
        <translation>Detener la sesión (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain — stop now</source>
        <translation>Dolor — parar ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain: stop the session now (P)</source>
        <translation>Dolor: detener la sesión ahora (P)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here? The reps you have done so far are kept.</source>
        <translation>¿Detenerse aquí? Se conservan las repeticiones que ya ha hecho.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/pages/SettingsPage.cpp" line="+187"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Sound and colours</source>
        <translation>Sonido y colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded voice</source>
        <translation>Voz grabada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System text-to-speech</source>
        <translation>Síntesis de voz del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off (captions only)</source>
        <translation>Desactivada (solo subtítulos)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>System text-to-speech (not available on this computer)</source>
        <translation>Síntesis de voz del sistema (no disponible en este equipo)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Some saved settings could not be used (%1):</source>
        <translation>Algunos ajustes guardados no se pudieron usar (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that could not be used</source>
        <translation>Ajustes que no se pudieron usar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft tick at each lift and lower</source>
        <translation>Clic suave al subir y al bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo tick</source>
        <translation>Clic de ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempo:</source>
        <translation>Ri&amp;tmo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front-desk kiosk</source>
        <translation>Quiosco de recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as a front-desk kiosk</source>
        <translation>Funcionar como quiosco de recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kiosk:</source>
        <translation>&amp;Quiosco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full-screen demo loops by itself, with captions. Leaving it or changing these settings needs the staff PIN.</source>
        <translation>Una demostración a pantalla completa se repite sola, con subtítulos. Para salir de ella o cambiar estos ajustes se necesita el PIN del personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the demo screen</source>
        <translation>Se muestra en la pantalla de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic logo file</source>
        <translation>Archivo del logotipo de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the clinic logo</source>
        <translation>Quitar el logotipo de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo reps per movement</source>
        <translation>Repeticiones por movimiento en la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;mo reps per movement:</source>
        <translation>Repeticiones por movimiento en la de&amp;mo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds without use before the demo returns</source>
        <translation>Segundos sin uso antes de que vuelva la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the demo when idle f&amp;or:</source>
        <translation>Volver a la demo tras in&amp;actividad de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start muted (captions only)</source>
        <translation>Empezar sin sonido (solo subtítulos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk starts muted</source>
        <translation>El quiosco se inicia sin sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound:</source>
        <translation>&amp;Sonido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff PIN:</source>
        <translation>PIN del personal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remind me to do my exercises</source>
        <translation>Recordarme que haga mis ejercicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>While the reminder is on, GluteGuide starts in the background when you log in, so it can remind you.</source>
        <translation>Mientras el recordatorio esté activado, GluteGuide se inicia en segundo plano al iniciar sesión, para poder avisarle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder appears while GluteGuide is running.</source>
        <translation>El recordatorio aparece mientras GluteGuide está abierto.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GluteGuide has no recorded voice in %1 yet: the system&apos;s text-to-speech says the cues instead.</source>
        <translation>GluteGuide aún no tiene voz grabada en %1: la síntesis de voz del sistema dice las indicaciones en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GluteGuide has no recorded voice in %1 yet, and the system&apos;s text-to-speech has none either: the cues are shown as captions only.</source>
        <translation>GluteGuide aún no tiene voz grabada en %1, y la síntesis de voz del sistema tampoco: las indicaciones solo se muestran como subtítulos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s text-to-speech has no voice in %1: the cues are shown as captions only.</source>
        <translation>La síntesis de voz del sistema no tiene voz en %1: las indicaciones solo se muestran como subtítulos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the staff &amp;PIN…</source>
        <translation>Cambiar el &amp;PIN del personal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff &amp;PIN…</source>
        <translation>Establecer el &amp;PIN del personal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the staff PIN</source>
        <translation>Cambiar el PIN del personal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff PIN</source>
        <translation>Establecer el PIN del personal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../app/pages/SummaryPage.cpp" line="+70"/>
        <source>&lt;b&gt;You stopped because of pain.&lt;/b&gt;&lt;br&gt;Stop exercising for today and rest in a position that feels comfortable. Sharp pain, pain that spreads down a leg, numbness or pain that does not settle within a day are reasons to contact your clinician before you try again. Next time, do fewer repetitions and move more slowly.</source>
        <translation>&lt;b&gt;Se detuvo por dolor.&lt;/b&gt;&lt;br&gt;Deje los ejercicios por hoy y descanse en una postura que le resulte cómoda. Un dolor agudo, un dolor que baja por una pierna, el entumecimiento o un dolor que no se calma en un día son motivos para consultar a su profesional de la salud antes de volver a intentarlo. La próxima vez, haga menos repeticiones y muévase más despacio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repetitions achieved per movement, set and side</source>
        <translation>Repeticiones logradas por movimiento, serie y lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Well done — series complete</source>
        <translation>Muy bien: serie completada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped for pain</source>
        <translation>Detenida por dolor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 repetitions · time taken %3</source>
        <translation>%1 de %2 repeticiones · tiempo empleado %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 side, set %2</source>
        <translation>%1, serie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <location filename="../app/widgets/WeeklyBars.cpp" line="+22"/>
        <location line="+48"/>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Sessions in each of the last %n weeks, oldest first: %1.</source>
        <translation>
            <numerusform>Sesiones de la última semana (%n): %1.</numerusform>
            <numerusform>Sesiones en cada una de las últimas %n semanas, de la más antigua a la más reciente: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session this week.</source>
        <translation>1 sesión esta semana.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions this week.</source>
        <translation>
            <numerusform>%n sesión esta semana.</numerusform>
            <numerusform>%n sesiones esta semana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+67"/>
        <source>Try &apos;gluteguide --help&apos; for more information.</source>
        <translation>Pruebe &apos;gluteguide --help&apos; para obtener más información.</translation>
    </message>
    <message>
        <location filename="../app/startup/WindowStartup.cpp" line="+60"/>
        <source>gluteguide: using the built-in routine instead.</source>
        <translation>gluteguide: se usa la rutina integrada en su lugar.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gluteguide: GluteGuide is already running; this request was passed on to it.</source>
        <translation>gluteguide: GluteGuide ya está abierto; se le ha pasado esta petición.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>gluteguide: another GluteGuide may be starting at this moment; both run.</source>
        <translation>gluteguide: puede que otro GluteGuide se esté iniciando en este momento; ambos siguen abiertos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>gluteguide: kiosk mode needs a staff PIN; starting without it.</source>
        <translation>gluteguide: el modo quiosco necesita un PIN del personal; se inicia sin él.</translation>
    </message>
</context>
</TS>
