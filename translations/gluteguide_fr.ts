<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/dialogs/AboutDialog.cpp" line="+41"/>
        <source>About GluteGuide</source>
        <translation>À propos de GluteGuide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coaches a side-lying hip series that strengthens the glutes and can help ease low back pain.</source>
        <translation>Vous guide dans une série d&apos;exercices de la hanche, allongé sur le côté, qui renforce les fessiers et peut aider à soulager les douleurs lombaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GluteGuide does not replace a clinician&apos;s advice. If an exercise hurts, stop and ask your physiotherapist, chiropractor or doctor before going on.</source>
        <translation>GluteGuide ne remplace pas l&apos;avis d&apos;un professionnel de santé. Si un exercice vous fait mal, arrêtez-vous et demandez conseil à votre kinésithérapeute, à votre chiropracteur ou à votre médecin avant de continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copyright © 2026 The GluteGuide developers. GluteGuide is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Copyright © 2026 Les développeurs de GluteGuide. GluteGuide est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Third-party notices</source>
        <translation>Mentions relatives aux tiers</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/storage/AppSettings.cpp" line="+305"/>
        <source>%1: &quot;%2&quot; is not %3; using %4</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas %3&#xa0;; valeur utilisée&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one of RecordedClips, SystemSpeech, Off</source>
        <translation>l&apos;une des valeurs RecordedClips, SystemSpeech, Off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number from 0 to 1</source>
        <translation>un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of system, light, dark, high-contrast</source>
        <translation>l&apos;une des valeurs system, light, dark, high-contrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stored staff PIN</source>
        <translation>un code PIN du personnel enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: kiosk mode asks for a new PIN</source>
        <translation>aucun&#xa0;: le mode accueil demandera un nouveau code PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time like 18:00</source>
        <translation>une heure comme 18:00</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list of weekdays from 1 (Monday) to 7 (Sunday)</source>
        <translation>une liste de jours de 1 (lundi) à 7 (dimanche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no day</source>
        <translation>aucun jour</translation>
    </message>
</context>
<context>
    <name>BigCounter</name>
    <message>
        <location filename="../app/widgets/BigCounter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Repetition count</source>
        <translation>Nombre de répétitions</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+31"/>
        <source>Print the exercise plan and exit.</source>
        <translation>Affiche le plan des exercices et quitte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the routine in &lt;file&gt; instead of the built-in one.</source>
        <translation>Utilise le programme de &lt;fichier&gt; au lieu du programme intégré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+35"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>With --plan or --history, print JSON.</source>
        <translation>Avec --plan ou --history, affiche du JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the routine&apos;s handout to &lt;file&gt; as a PDF and exit.</source>
        <translation>Enregistre la fiche d&apos;exercices du programme dans &lt;fichier&gt; au format PDF et quitte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --export-handout: a4 or letter.</source>
        <translation>Avec --export-handout&#xa0;: a4 ou letter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sessions kept in the history and exit.</source>
        <translation>Affiche les séances enregistrées dans l&apos;historique et quitte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the sessions kept in the history to &lt;file&gt; as CSV and exit.</source>
        <translation>Enregistre les séances de l&apos;historique dans &lt;fichier&gt; au format CSV et quitte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show and say everything in &lt;language&gt;: %1. Without it, the language chosen in Settings, else the system&apos;s.</source>
        <translation>Afficher et dire tout en &lt;langue&gt;&#xa0;: %1. Sans cette option, la langue choisie dans les Réglages, sinon celle du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voice or sounds; captions only.</source>
        <translation>Ni voix ni sons&#xa0;; sous-titres seulement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the window full screen.</source>
        <translation>Ouvre la fenêtre en plein écran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the system tray, for the daily reminder (used when starting with the desktop).</source>
        <translation>Démarre dans la zone de notification, pour le rappel quotidien (utilisé au démarrage du bureau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run as the clinic&apos;s front-desk demo: full screen, a looping demonstration, locked with the staff PIN.</source>
        <translation>Fonctionne en démo d&apos;accueil du cabinet&#xa0;: plein écran, démonstration en boucle, verrouillée par le PIN du personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin the session at once.</source>
        <translation>Commence la séance immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run session time &lt;x&gt; times as fast (for demos and testing).</source>
        <translation>Fait défiler la séance &lt;x&gt; fois plus vite (pour les démos et les tests).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every session event and cue to &lt;file&gt; as JSON Lines.</source>
        <translation>Enregistre chaque événement et chaque consigne de la séance dans &lt;fichier&gt; au format JSON Lines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a PNG of the window to &lt;file&gt; and exit (works without a display).</source>
        <translation>Enregistre une image PNG de la fenêtre dans &lt;fichier&gt; et quitte (fonctionne sans écran).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot, start the session and show it &lt;seconds&gt; in.</source>
        <translation>Avec --screenshot, lance la séance et la montre au bout de &lt;secondes&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>With --at, apply &lt;command&gt; at that moment: pause, thats_all_i_can_do, skip, pain_stop or stop.</source>
        <translation>Avec --at, applique &lt;commande&gt; à ce moment&#xa0;: pause, thats_all_i_can_do, skip, pain_stop ou stop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot, show this screen: home, preview, editor, progress or settings.</source>
        <translation>Avec --screenshot, affiche cet écran&#xa0;: home, preview, editor, progress ou settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --screenshot --page preview: see the figure from the front or from the feet.</source>
        <translation>Avec --screenshot --page preview&#xa0;: voir la silhouette de face (front) ou depuis les pieds (feet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front|feet</source>
        <translation>front|feet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the window after &lt;seconds&gt; (for benchmarks).</source>
        <translation>Ferme la fenêtre au bout de &lt;secondes&gt; (pour les mesures de performance).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coaches a side-lying hip exercise series that strengthens the glutes.
It does not replace a clinician&apos;s advice. Stop if you feel pain.</source>
        <translation>Vous guide dans une série d&apos;exercices de hanche sur le côté, qui renforce les fessiers.
Ne remplace pas l&apos;avis d&apos;un professionnel de santé. Arrêtez si vous avez mal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A routine file to use, as with --routine.</source>
        <translation>Un fichier de programme à utiliser, comme avec --routine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Option &apos;language&apos; needs one of: %1.</source>
        <translation>L&apos;option «&#xa0;language&#xa0;» attend l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Option &apos;%1&apos; is given more than once.</source>
        <translation>L&apos;option «&#xa0;%1&#xa0;» est donnée plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;routine&apos; needs a file name.</source>
        <translation>L&apos;option «&#xa0;routine&#xa0;» nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the routine file once: either FILE or --routine FILE.</source>
        <translation>Indiquez le fichier de programme une seule fois&#xa0;: soit FICHIER, soit --routine FICHIER.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;export-handout&apos; needs a file name.</source>
        <translation>L&apos;option «&#xa0;export-handout&#xa0;» nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;paper&apos; needs a4 or letter.</source>
        <translation>L&apos;option «&#xa0;paper&#xa0;» attend a4 ou letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;paper&apos; applies only with --export-handout.</source>
        <translation>L&apos;option «&#xa0;paper&#xa0;» ne s&apos;applique qu&apos;avec --export-handout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;export-history&apos; needs a file name.</source>
        <translation>L&apos;option «&#xa0;export-history&#xa0;» nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give only one of --plan, --export-handout, --history and --export-history.</source>
        <translation>Indiquez une seule des options --plan, --export-handout, --history et --export-history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;json&apos; applies only with --plan or --history.</source>
        <translation>L&apos;option «&#xa0;json&#xa0;» ne s&apos;applique qu&apos;avec --plan ou --history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; read the stored sessions; leave out the routine file.</source>
        <translation>Les options «&#xa0;history&#xa0;» et «&#xa0;export-history&#xa0;» lisent les séances enregistrées&#xa0;; n&apos;indiquez pas de fichier de programme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Option &apos;background&apos; starts hidden; leave out --kiosk and --start.</source>
        <translation>L&apos;option «&#xa0;background&#xa0;» démarre sans fenêtre&#xa0;; n&apos;utilisez ni --kiosk ni --start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option &apos;kiosk&apos; starts with the demonstration loop; leave out --start.</source>
        <translation>L&apos;option «&#xa0;kiosk&#xa0;» démarre sur la démonstration en boucle&#xa0;; n&apos;utilisez pas --start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;speed&apos; needs a number from %1 to %2.</source>
        <translation>L&apos;option «&#xa0;speed&#xa0;» attend un nombre de %1 à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option &apos;at&apos; applies only with --screenshot.</source>
        <translation>L&apos;option «&#xa0;at&#xa0;» ne s&apos;applique qu&apos;avec --screenshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;at&apos; needs a number of seconds from 0 to %1.</source>
        <translation>L&apos;option «&#xa0;at&#xa0;» attend un nombre de secondes de 0 à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;then&apos; applies only with --screenshot and --at.</source>
        <translation>L&apos;option «&#xa0;then&#xa0;» ne s&apos;applique qu&apos;avec --screenshot et --at.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;then&apos; needs one of: pause, thats_all_i_can_do, skip, pain_stop, stop.</source>
        <translation>L&apos;option «&#xa0;then&#xa0;» attend l&apos;une de ces valeurs&#xa0;: pause, thats_all_i_can_do, skip, pain_stop, stop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;page&apos; applies only with --screenshot.</source>
        <translation>L&apos;option «&#xa0;page&#xa0;» ne s&apos;applique qu&apos;avec --screenshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;page&apos; needs one of: %1.</source>
        <translation>L&apos;option «&#xa0;page&#xa0;» attend l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option &apos;at&apos; goes with the session screen, --page preview or --page kiosk.</source>
        <translation>L&apos;option «&#xa0;at&#xa0;» s&apos;utilise avec l&apos;écran de séance, --page preview ou --page kiosk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Option &apos;view&apos; applies only with --screenshot --page preview.</source>
        <translation>L&apos;option «&#xa0;view&#xa0;» ne s&apos;applique qu&apos;avec --screenshot --page preview.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;view&apos; needs front or feet.</source>
        <translation>L&apos;option «&#xa0;view&#xa0;» attend front ou feet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option &apos;quit-after&apos; needs a number of seconds above 0 and up to %1.</source>
        <translation>L&apos;option «&#xa0;quit-after&#xa0;» attend un nombre de secondes supérieur à 0 et au plus égal à %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Option &apos;plan&apos; prints the plan and opens no window; leave out the window&apos;s options.</source>
        <translation>L&apos;option «&#xa0;plan&#xa0;» affiche le plan sans ouvrir de fenêtre&#xa0;; retirez les options de la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &apos;export-handout&apos; writes a file and opens no window; leave out the window&apos;s options.</source>
        <translation>L&apos;option «&#xa0;export-handout&#xa0;» écrit un fichier sans ouvrir de fenêtre&#xa0;; retirez les options de la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options &apos;history&apos; and &apos;export-history&apos; open no window; leave out the window&apos;s options.</source>
        <translation>Les options «&#xa0;history&#xa0;» et «&#xa0;export-history&#xa0;» n&apos;ouvrent pas de fenêtre&#xa0;; retirez les options de la fenêtre.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the handout cannot be written: %1</source>
        <translation>impossible d&apos;écrire la fiche d&apos;exercices&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../app/audio/CuePlayer.cpp" line="+203"/>
        <source>A voice clip could not be played. Captions continue.</source>
        <translation>Un enregistrement vocal n&apos;a pas pu être lu. Les sous-titres continuent.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No sound output was found. The session goes on with captions.</source>
        <translation>Aucune sortie audio trouvée. La séance continue avec les sous-titres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound stopped working — captions continue.</source>
        <translation>Le son ne fonctionne plus — les sous-titres continuent.</translation>
    </message>
</context>
<context>
    <name>CueTexts</name>
    <message>
        <location filename="../app/cues/CueTexts.cpp" line="+16"/>
        <source>Lie down on your side on the floor, on a mat if you have one.</source>
        <translation>Allongez-vous sur le côté, au sol, sur un tapis si vous en avez un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm or your hands, neck straight.</source>
        <translation>Posez la tête sur le bras du dessous ou sur vos mains, le cou bien droit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack your hips, knees and feet. Bend your knees, heels together.</source>
        <translation>Superposez les hanches, les genoux et les pieds. Pliez les genoux, talons joints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your top hand on your top hip, so your pelvis stays still.</source>
        <translation>Posez la main du dessus sur la hanche du dessus, pour que le bassin reste immobile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clamshells: lift the top knee, heels together.</source>
        <translation>La coquille&#xa0;: levez le genou du dessus, talons joints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight leg raises: lift the top leg a few inches.</source>
        <translation>Élévations jambe tendue&#xa0;: levez la jambe du dessus d&apos;une dizaine de centimètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses: an inch up, an inch down.</source>
        <translation>Pulsations&#xa0;: deux ou trois centimètres vers le haut, puis vers le bas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, clockwise.</source>
        <translation>Petits cercles lents, dans le sens des aiguilles d&apos;une montre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small slow circles, counterclockwise.</source>
        <translation>Petits cercles lents, dans le sens inverse des aiguilles d&apos;une montre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hips stacked.</source>
        <translation>Hanches superposées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nice and slow.</source>
        <translation>Tout doucement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feet together.</source>
        <translation>Pieds joints.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rocking.</source>
        <translation>Sans basculer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift.</source>
        <translation>Levez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower.</source>
        <translation>Redescendez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up.</source>
        <translation>En haut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down.</source>
        <translation>En bas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle.</source>
        <translation>Tournez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now reverse the circles: counterclockwise.</source>
        <translation>Changez de sens maintenant&#xa0;: dans le sens inverse des aiguilles d&apos;une montre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 of %2.</source>
        <translation>Série %1 sur %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides. Roll onto your other side and stack your hips again.</source>
        <translation>Changez de côté. Roulez sur l&apos;autre côté et superposez de nouveau les hanches.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Three more.</source>
        <translation>Encore trois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last one.</source>
        <translation>Et la dernière.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest for a moment.</source>
        <translation>Reposez-vous un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest. The next set starts soon.</source>
        <translation>Reposez-vous. La série suivante commence bientôt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. You have finished the series.</source>
        <translation>Bravo. Vous avez terminé la série.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping now. Rest in a comfortable position. If the pain goes on, contact your clinician.</source>
        <translation>On arrête maintenant. Reposez-vous dans une position confortable. Si la douleur persiste, contactez votre professionnel de santé.</translation>
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
        <translation>gluteguide: aucun écran sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini).
  Sur un bureau, lancez-le depuis un terminal ouvert dans la session graphique.
  Sans bureau, lancez-le sur un écran virtuel&#xa0;:    xvfb-run -a gluteguide
  ou enregistrez plutôt une image de la fenêtre&#xa0;:  gluteguide --screenshot window.png --at 30
  ou affichez le plan des exercices&#xa0;:              gluteguide --plan
</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../app/text/DisplayNames.cpp" line="+10"/>
        <source>Untitled routine</source>
        <translation>Programme sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side-lying hip series</source>
        <translation>Série d&apos;exercices de hanche sur le côté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clamshell</source>
        <translation>Coquille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straight-leg raise</source>
        <translation>Élévation jambe tendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulses</source>
        <translation>Pulsations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles clockwise</source>
        <translation>Cercles (sens horaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles counterclockwise</source>
        <translation>Cercles (sens antihoraire)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift</source>
        <translation>Montée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation>Descente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lie on your side</source>
        <translation>Allongez-vous sur le côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head on your arm</source>
        <translation>Tête sur le bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stack hips, knees and feet</source>
        <translation>Hanches, genoux et pieds superposés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand on your top hip</source>
        <translation>Main sur la hanche du dessus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lying on your left side</source>
        <translation>Sur le côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lying on your right side</source>
        <translation>Sur le côté droit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short rest</source>
        <translation>Courte pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminé</translation>
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
        <translation>Le nombre de répétitions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tempo</source>
        <translation>Le tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>La durée</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Edit the routine</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Getting into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements, in the order they are done</source>
        <translation>Mouvements, dans l&apos;ordre d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch a movement off to leave it out; its settings are kept.</source>
        <translation>Désactivez un mouvement pour le retirer&#xa0;; ses réglages sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length and repetitions of the routine</source>
        <translation>Durée et répétitions du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to the built-in routine</source>
        <translation>Revenir au programme intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 seconds</source>
        <translation>De %1 à %2 secondes</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient</source>
        <translation>Note pour le patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on Home and printed on the handout</source>
        <translation>Affichée sur l&apos;accueil et imprimée sur la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the patient:</source>
        <translation>Note pour le patient&#xa0;:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Rename the routine</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Sides and sets</source>
        <translation>Côtés et séries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side to lie on first</source>
        <translation>Côté sur lequel s&apos;allonger en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lie on this side first:</source>
        <translation>Côté de départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the other side</source>
        <translation>Puis l&apos;autre côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side</source>
        <translation>Séries de chaque côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets on each side:</source>
        <translation>Séries de chaque côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Change the first side</source>
        <translation>Changer le côté de départ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do both sides</source>
        <translation>Faire les deux côtés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do one side only</source>
        <translation>Faire un seul côté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the sets</source>
        <translation>Modifier les séries</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Rests</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Get ready before each movement:</source>
        <translation>Préparation avant chaque mouvement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between movements:</source>
        <translation>Entre les mouvements&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between sets:</source>
        <translation>Entre les séries&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling to the other side:</source>
        <translation>Passage sur l&apos;autre côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Change a rest</source>
        <translation>Modifier un repos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change a set-up step</source>
        <translation>Modifier une étape de mise en position</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Do %1</source>
        <translation>Faire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> reps</source>
        <translation> rép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: repetitions</source>
        <translation>%1&#xa0;: répétitions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the tempo</source>
        <translation>Modifier le tempo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1 earlier</source>
        <translation>Placer «&#xa0;%1&#xa0;» plus tôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 later</source>
        <translation>Placer «&#xa0;%1&#xa0;» plus tard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch a movement on</source>
        <translation>Activer un mouvement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch a movement off</source>
        <translation>Désactiver un mouvement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the repetitions</source>
        <translation>Modifier les répétitions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the order</source>
        <translation>Modifier l&apos;ordre</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 in all · %2 repetitions</source>
        <translation>%1 au total · %2 répétitions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct what is marked in red to use this routine</source>
        <translation>Corrigez ce qui est signalé en rouge pour utiliser ce programme</translation>
    </message>
</context>
<context>
    <name>FormPoints</name>
    <message>
        <location filename="../app/text/FormPoints.cpp" line="+9"/>
        <source>Knees bent, heels together: the feet stay touching the whole time.</source>
        <translation>Genoux pliés, talons joints&#xa0;: les pieds restent en contact tout du long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the top knee slowly and bring it down under control.</source>
        <translation>Levez lentement le genou du dessus et redescendez-le en contrôlant le mouvement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t let the knee drop all the way between repetitions.</source>
        <translation>Ne laissez pas le genou redescendre complètement entre les répétitions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You should feel the side of your hip doing the work.</source>
        <translation>Vous devez sentir le côté de la hanche travailler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten the top leg first.</source>
        <translation>Tendez d&apos;abord la jambe du dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift it only a few inches (about 10 cm), then lower it slowly.</source>
        <translation>Levez-la de quelques centimètres seulement (environ 10 cm), puis redescendez-la lentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slower you go, the harder the hip works: that is the point.</source>
        <translation>Plus vous allez lentement, plus la hanche travaille&#xa0;: c&apos;est le but.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the straight leg raised.</source>
        <translation>Gardez la jambe tendue levée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it about an inch up and an inch down, slowly.</source>
        <translation>Montez-la d&apos;environ 2,5 cm puis redescendez-la d&apos;autant, lentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hand on the floor in front of you can steady you.</source>
        <translation>Une main posée au sol devant vous peut vous stabiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the leg straight, draw small, slow circles with the foot.</source>
        <translation>Jambe tendue, dessinez avec le pied de petits cercles lents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the leg moves: the hips don&apos;t rock.</source>
        <translation>Seule la jambe bouge&#xa0;: les hanches ne basculent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clockwise first; the next movement reverses the direction.</source>
        <translation>D&apos;abord dans le sens horaire&#xa0;; le mouvement suivant inverse le sens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same small circles, the other way round.</source>
        <translation>Les mêmes petits cercles, dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hips, knees and feet stay stacked; a hand on the top hip keeps the pelvis from rolling forward or back.</source>
        <translation>Hanches, genoux et pieds restent superposés&#xa0;; une main sur la hanche du dessus empêche le bassin de basculer vers l&apos;avant ou vers l&apos;arrière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head resting on your arm or hands, neck neutral.</source>
        <translation>Tête posée sur le bras ou les mains, cou dans l&apos;axe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t manage all the repetitions yet? Do what you can and build up.</source>
        <translation>Vous n&apos;arrivez pas encore à faire toutes les répétitions&#xa0;? Faites ce que vous pouvez et progressez peu à peu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if you feel pain.</source>
        <translation>Arrêtez si vous avez mal.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../app/handout/Handout.cpp" line="+126"/>
        <source>GluteGuide does not replace your clinician&apos;s advice.</source>
        <translation>GluteGuide ne remplace pas l&apos;avis de votre professionnel de santé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About %1 minutes, %2 repetitions in all.</source>
        <translation>Environ %1 minutes, %2 répétitions au total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sets lying on your %2 side, then %1 sets on your %3 side.</source>
        <translation>%1 séries sur le %2, puis %1 séries sur le %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sets lying on your %2 side.</source>
        <translation>%1 séries sur le %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rests: %1 s to get ready before each movement, %2 s between movements, %3 s between sets</source>
        <translation>Repos&#xa0;: %1 s de préparation avant chaque mouvement, %2 s entre les mouvements, %3 s entre les séries</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 s to roll onto the other side</source>
        <translation>, %1 s pour passer sur l&apos;autre côté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sets on each side</source>
        <translation>%1 séries de chaque côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sets</source>
        <translation>%1 séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repetitions × %2 · %3</source>
        <translation>%1 répétitions × %2 · %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your exercises · %1</source>
        <translation>Vos exercices · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your therapist</source>
        <translation>De la part de votre thérapeute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session</source>
        <translation>La séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stay safe</source>
        <translation>Votre sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop if it hurts, and ask your physiotherapist, chiropractor or doctor before going on. Can&apos;t manage all the repetitions yet? Do what you can and build up over the weeks. Move slowly and keep your hips stacked. This handout does not replace your clinician&apos;s advice.</source>
        <translation>Arrêtez si vous avez mal et demandez conseil à votre kinésithérapeute, chiropracteur ou médecin avant de continuer. Vous n&apos;arrivez pas encore à faire toutes les répétitions&#xa0;? Faites ce que vous pouvez et progressez au fil des semaines. Bougez lentement et gardez les hanches superposées. Cette fiche ne remplace pas l&apos;avis de votre professionnel de santé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each set, in this order</source>
        <translation>À chaque série, dans cet ordre</translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message>
        <location filename="../app/history/HistoryCsv.cpp" line="+56"/>
        <source>Started</source>
        <extracomment>Column headings of the history exported as CSV, for a spreadsheet.</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration (seconds)</source>
        <translation>Durée (secondes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps done</source>
        <translation>Répétitions faites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps prescribed</source>
        <translation>Répétitions prescrites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That&apos;s all I can do</source>
        <extracomment>The column that says whether the person pressed &quot;That&apos;s all I can do&quot;.</extracomment>
        <translation>C&apos;est mon maximum</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot be written: %1</source>
        <translation>impossible à écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <location filename="../app/history/HistoryDatabase.cpp" line="+160"/>
        <source>The history cannot be kept: the folder %1 cannot be created.</source>
        <translation>Impossible de conserver l&apos;historique&#xa0;: le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history cannot be kept: the folder %1 cannot be written.</source>
        <translation>Impossible de conserver l&apos;historique&#xa0;: le dossier %1 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>The history %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The history %1 is damaged, and it is read-only, so it is left as it is.</source>
        <translation>L&apos;historique %1 est endommagé et en lecture seule&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history %1 is damaged and cannot be moved aside.</source>
        <translation>L&apos;historique %1 est endommagé et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+359"/>
        <source>The history %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>The history %1 was written by a newer version of GluteGuide, so it is left as it is.</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente de GluteGuide&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history %1 needs an update but is read-only.</source>
        <translation>L&apos;historique %1 doit être mis à jour, mais il est en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history %1 is in use by another program.</source>
        <translation>L&apos;historique %1 est utilisé par un autre programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history %1 cannot be brought up to date: %2</source>
        <translation>Impossible de mettre à jour l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history file was damaged and could not be read. It was kept as %1, and a new history was begun.</source>
        <translation>Le fichier d&apos;historique était endommagé et illisible. Il a été conservé sous le nom %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history %1 can be read but not written, so new sessions cannot be saved in it.</source>
        <translation>L&apos;historique %1 est lisible mais pas modifiable&#xa0;: les nouvelles séances ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+14"/>
        <source>Session %1 was not begun in this history.</source>
        <translation>La séance %1 n&apos;a pas été commencée dans cet historique.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The session could not be saved: the history is not open.</source>
        <translation>La séance n&apos;a pas pu être enregistrée&#xa0;: l&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>The session could not be saved in the history: %1 cannot be written. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>La séance n&apos;a pas pu être enregistrée dans l&apos;historique&#xa0;: impossible d&apos;écrire dans %1. Les séances précédentes sont intactes&#xa0;; exportez l&apos;historique en CSV pour conserver celle-ci.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The history is in use by another program. This session is kept and will be saved as soon as the history is free.</source>
        <translation>L&apos;historique est utilisé par un autre programme. Cette séance est conservée et sera enregistrée dès que l&apos;historique sera libre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session could not be saved in the history: the disk is full. Earlier sessions are unchanged; free some space, or export the history as CSV to keep this one.</source>
        <translation>La séance n&apos;a pas pu être enregistrée dans l&apos;historique&#xa0;: le disque est plein. Les séances précédentes sont intactes&#xa0;; libérez de l&apos;espace ou exportez l&apos;historique en CSV pour conserver celle-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session could not be saved in the history: %1. Earlier sessions are unchanged; export the history as CSV to keep this one.</source>
        <translation>La séance n&apos;a pas pu être enregistrée dans l&apos;historique&#xa0;: %1. Les séances précédentes sont intactes&#xa0;; exportez l&apos;historique en CSV pour conserver celle-ci.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history %1 cannot be read: it is not open.</source>
        <translation>Impossible de lire l&apos;historique %1&#xa0;: il n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../app/cli/HistoryText.cpp" line="+18"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped for pain</source>
        <translation>arrêtée (douleur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sessions recorded yet.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../app/pages/HomePage.cpp" line="+57"/>
        <source>%1 reps · %2</source>
        <translation>%1 rép. · %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note from your therapist</source>
        <translation>Note de votre thérapeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit routine</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GluteGuide does not replace advice from your clinician. Move slowly, and stop if you feel pain.</source>
        <translation>GluteGuide ne remplace pas l&apos;avis de votre professionnel de santé. Bougez lentement et arrêtez si vous avez mal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From your therapist: %1</source>
        <translation>De votre thérapeute&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This routine has problems to correct in the editor before it can be started.</source>
        <translation>Ce programme contient des erreurs à corriger dans l&apos;éditeur avant de pouvoir commencer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>then the other side</source>
        <translation>puis l&apos;autre côté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one side only</source>
        <translation>un seul côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 movements · %2 sets on each side, %3 · %4 repetitions · about %5 min</source>
        <translation>%1 mouvements · %2 séries de chaque côté, %3 · %4 répétitions · environ %5 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../app/pages/KioskPage.cpp" line="+117"/>
        <source>Clinic</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>Silhouette de démonstration de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it</source>
        <translation>Essayez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it: a short session to follow</source>
        <translation>Essayez&#xa0;: une courte séance à suivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short session to follow on the mat: one set, a few repetitions of each movement.</source>
        <translation>Une courte séance à suivre sur le tapis&#xa0;: une série, quelques répétitions de chaque mouvement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demonstration only: it does not replace a clinician&apos;s advice. Stop if a movement hurts.</source>
        <translation>Simple démonstration&#xa0;: elle ne remplace pas l&apos;avis d&apos;un professionnel de santé. Arrêtez si un mouvement fait mal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is off: turn it on</source>
        <translation>Le son est coupé&#xa0;: l&apos;activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound is on: turn it off</source>
        <translation>Le son est activé&#xa0;: le couper</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/window/LanguageMenu.cpp" line="+52"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="+310"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New routine</source>
        <translation>&amp;Nouveau programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open routine…</source>
        <translation>&amp;Ouvrir un programme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export handout…</source>
        <translation>E&amp;xporter la fiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Edit the routine</source>
        <translation>&amp;Modifier le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GluteGuide</source>
        <translation>À &amp;propos de GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[*] — GluteGuide</source>
        <translation>%1[*] — GluteGuide</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d&apos;abord les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a routine</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The routine could not be opened</source>
        <translation>Impossible d&apos;ouvrir le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened; the routine you had stays as it was.

%2</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;; votre programme actuel reste inchangé.

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the routine</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The routine was not saved</source>
        <translation>Le programme n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the handout</source>
        <translation>Exporter la fiche d&apos;exercices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>No handout yet</source>
        <translation>Pas encore de fiche</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Correct what is marked in the editor first.</source>
        <translation>Corrigez d&apos;abord ce qui est signalé dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The handout was not saved</source>
        <translation>La fiche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the handout</source>
        <translation>Imprimer la fiche d&apos;exercices</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>A session is running</source>
        <translation>Une séance est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened, so that the session goes on. Open it from the File menu when the session is over.</source>
        <translation>%1 n&apos;a pas été ouvert, pour que la séance continue. Ouvrez-le depuis le menu Fichier quand la séance sera terminée.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Progress history</source>
        <translation>Historique des progrès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions not yet saved are kept while GluteGuide runs; export them as a CSV file to keep a copy.</source>
        <translation>Les séances pas encore enregistrées sont conservées tant que GluteGuide est ouvert&#xa0;; exportez-les dans un fichier CSV pour en garder une copie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history was not exported</source>
        <translation>L&apos;historique n&apos;a pas été exporté</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for today&apos;s hip exercises.</source>
        <translation>C&apos;est l&apos;heure de vos exercices de hanche du jour.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <location filename="../app/storage/OutputPath.cpp" line="+10"/>
        <source>cannot be written: it is a folder</source>
        <translation>ne peut pas être écrit&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the folder %1 does not exist</source>
        <translation>ne peut pas être écrit&#xa0;: le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: %1 is not a folder</source>
        <translation>ne peut pas être écrit&#xa0;: %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be written: permission denied</source>
        <translation>ne peut pas être écrit&#xa0;: permission refusée</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../app/dialogs/PinDialog.cpp" line="+33"/>
        <source>Set the staff PIN</source>
        <translation>Définir le PIN du personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choose a staff PIN</source>
        <translation>Choisissez un PIN pour le personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the staff PIN</source>
        <translation>Saisissez le PIN du personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff type this PIN to leave kiosk mode or change its settings. Use %1 to %2 digits.</source>
        <translation>Le personnel saisit ce PIN pour quitter le mode kiosque ou en modifier les réglages. Utilisez de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kiosk settings are for clinic staff.</source>
        <translation>Les réglages du mode kiosque sont réservés au personnel du cabinet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New staff PIN</source>
        <translation>Nouveau PIN du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New staff PIN again</source>
        <translation>Nouveau PIN du personnel (confirmation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN message</source>
        <translation>Message sur le PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set PIN</source>
        <translation>Définir le PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>Le PIN doit comporter de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the same PIN again to confirm it.</source>
        <translation>Saisissez de nouveau le même PIN pour le confirmer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux PIN sont différents. Saisissez deux fois le même PIN.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That PIN is not right.</source>
        <translation>Ce PIN est incorrect.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de PIN erronés. Réessayez dans %1 s.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../app/cli/PlanText.cpp" line="+17"/>
        <source>1 rep</source>
        <translation>1 répétition</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 set</source>
        <translation>1 série</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sets</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per side: lying on your left side first, then on your right side</source>
        <translation>%1 par côté&#xa0;: d&apos;abord sur le côté gauche, puis sur le côté droit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per side: lying on your right side first, then on your left side</source>
        <translation>%1 par côté&#xa0;: d&apos;abord sur le côté droit, puis sur le côté gauche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, lying on your left side only</source>
        <translation>%1, sur le côté gauche uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, lying on your right side only</source>
        <translation>%1, sur le côté droit uniquement</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>get ready: %1 (%2)</source>
        <translation>préparation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rest (%1)</source>
        <translation>repos (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rest between sets (%1)</source>
        <translation>repos entre les séries (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch sides: roll onto your left side (%1)</source>
        <translation>changement de côté&#xa0;: roulez sur le côté gauche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch sides: roll onto your right side (%1)</source>
        <translation>changement de côté&#xa0;: roulez sur le côté droit (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1 of %2, %3</source>
        <translation>Série %1 sur %2, %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Total time %1, %2</source>
        <translation>Durée totale %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each set:</source>
        <translation>À chaque série&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Get ready before each movement: %1</source>
        <translation>Préparation avant chaque mouvement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between movements: %1</source>
        <translation>Repos entre les mouvements&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets: %1</source>
        <translation>Repos entre les séries&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching sides: %1</source>
        <translation>Changement de côté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lie on your side on the floor</source>
        <translation>allongez-vous sur le côté, au sol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rest your head on your lower arm, neck in line</source>
        <translation>posez la tête sur le bras du dessous, cou dans l&apos;axe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stack hips, knees and feet, heels together</source>
        <translation>superposez hanches, genoux et pieds, talons joints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put your top hand on your top hip</source>
        <translation>posez la main du dessus sur la hanche du dessus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lying on your left side</source>
        <translation>sur le côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lying on your right side</source>
        <translation>sur le côté droit</translation>
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
        <translation>Série %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../app/pages/PreviewPage.cpp" line="+143"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front view</source>
        <translation>Vue de face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View from the feet</source>
        <translation>Vue depuis les pieds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement preview</source>
        <translation>Aperçu du mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole session timeline</source>
        <translation>Déroulé de toute la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement&apos;s timeline</source>
        <translation>Déroulé de ce mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview time</source>
        <translation>Temps de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole session:</source>
        <translation>Toute la séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This movement:</source>
        <translation>Ce mouvement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement to preview</source>
        <translation>Mouvement à prévisualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start (Home)</source>
        <translation>Aller au début (Origine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back (Left)</source>
        <translation>Image précédente (Flèche gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+246"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>One frame on (Right)</source>
        <translation>Image suivante (Flèche droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end (End)</source>
        <translation>Aller à la fin (Fin)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview speed</source>
        <translation>Vitesse de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loop this movement</source>
        <translation>Répéter ce mouvement en boucle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice at 1×</source>
        <translation>Voix à vitesse 1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to home (Esc)</source>
        <translation>Retour à l&apos;accueil (Échap)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Repetition %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+245"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../app/pages/ProgressPage.cpp" line="+141"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions yet. After your first session, this page shows how your repetitions build up for each movement, how many sessions you do each week and how many days in a row you have exercised.</source>
        <translation>Aucune séance pour l&apos;instant. Après votre première séance, cette page montrera la progression de vos répétitions pour chaque mouvement, le nombre de séances que vous faites chaque semaine et le nombre de jours d&apos;affilée où vous avez fait vos exercices.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions yet</source>
        <translation>Aucune séance pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitions per session, all sets and sides</source>
        <translation>Répétitions par séance, toutes séries et tous côtés confondus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in a row</source>
        <translation>Jours d&apos;affilée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Jours d&apos;affilée en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Last pain stop</source>
        <translation>Dernier arrêt pour douleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Finish or stop a session to see what to aim for next time.</source>
        <translation>Terminez ou arrêtez une séance pour voir votre objectif pour la prochaine fois.</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>Aim for next time</source>
        <translation>Objectif pour la prochaine fois</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Prescribed</source>
        <translation>Prescrit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aim for</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition targets for next time</source>
        <translation>Objectifs de répétitions pour la prochaine fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ReminderAutostart</name>
    <message>
        <location filename="../app/reminder/ReminderAutostart.cpp" line="+72"/>
        <source>Reminds you of your daily hip exercises</source>
        <translation>Vous rappelle vos exercices quotidiens pour la hanche</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../app/tray/ReminderTray.cpp" line="+93"/>
        <source>GluteGuide reminder menu</source>
        <translation>Menu du rappel GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open GluteGuide</source>
        <translation>&amp;Ouvrir GluteGuide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start today&apos;s session</source>
        <translation>&amp;Commencer la séance du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Time for your hip exercises</source>
        <translation>C&apos;est l&apos;heure de vos exercices de hanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your side-lying series is ready when you are. Stop if you feel pain.</source>
        <translation>Votre série d&apos;exercices sur le côté vous attend, à votre rythme. Arrêtez si vous avez mal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GluteGuide: next reminder %1 %2</source>
        <translation>GluteGuide&#xa0;: prochain rappel %1 à %2</translation>
    </message>
</context>
<context>
    <name>RepsChart</name>
    <message>
        <location filename="../app/widgets/RepsChart.cpp" line="+82"/>
        <location line="+157"/>
        <source>Repetitions per session for each movement</source>
        <translation>Répétitions par séance pour chaque mouvement</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session, on %1.</source>
        <translation>1 séance, le %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sessions from %1 to %2.</source>
        <translation>
            <numerusform>%n séance du %1 au %2.</numerusform>
            <numerusform>%n séances du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each point is the average session of one week.</source>
        <translation>Chaque point représente la séance moyenne d&apos;une semaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 reps at first, %3 most recently, of %4 prescribed.</source>
        <translation>%1&#xa0;: %2 répétitions au début, %3 récemment, sur %4 prescrites.</translation>
    </message>
</context>
<context>
    <name>RoutineDocument</name>
    <message>
        <location filename="../app/document/RoutineDocument.cpp" line="+64"/>
        <source>GluteGuide routines (*.%1)</source>
        <translation>Programmes GluteGuide (*.%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reset to the built-in routine</source>
        <translation>Revenir au programme intégré</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The routine has problems; correct them first, so that the file can be opened again.</source>
        <translation>Le programme contient des erreurs&#xa0;; corrigez-les d&apos;abord, pour que le fichier puisse être rouvert.</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <location filename="../app/storage/RoutineFile.cpp" line="+14"/>
        <source>cannot be read: it is a folder, not a routine file</source>
        <translation>illisible&#xa0;: c&apos;est un dossier, pas un fichier de programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is larger than %1 KiB, too large to be a routine file</source>
        <translation>dépasse %1 Kio, trop volumineux pour un fichier de programme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be saved: %1</source>
        <translation>impossible à enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoutineJson</name>
    <message>
        <location filename="../app/storage/RoutineJson.cpp" line="+167"/>
        <location line="+480"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+474"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>is not a known field; did you mean &quot;%1&quot;?</source>
        <translation>n&apos;est pas un champ connu&#xa0;; vouliez-vous dire &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a known field; the known fields are %1</source>
        <translation>n&apos;est pas un champ connu&#xa0;; les champs connus sont %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number (got %1)</source>
        <translation>doit être un nombre entier (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>is far out of range (got %1)</source>
        <translation>est très loin des valeurs admises (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be a number of seconds (got %1)</source>
        <translation>doit être un nombre de secondes (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a string (got %1)</source>
        <translation>doit être une chaîne de caractères (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false (got %1)</source>
        <translation>doit valoir true ou false (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is missing; this version of GluteGuide reads schema_version %1</source>
        <translation>est absent&#xa0;; cette version de GluteGuide lit schema_version %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, newer than this version of GluteGuide reads (%2); open the file with a newer GluteGuide</source>
        <translation>vaut %1, plus récent que ce que lit cette version de GluteGuide (%2)&#xa0;; ouvrez le fichier avec une version plus récente de GluteGuide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a known schema version (got %1); this version of GluteGuide reads schema_version %2</source>
        <translation>n&apos;est pas une version de schéma connue (valeur&#xa0;: %1)&#xa0;; cette version de GluteGuide lit schema_version %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an array of setup steps (got %1)</source>
        <translation>doit être un tableau d&apos;étapes de mise en position (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an object like {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} (got %1)</source>
        <translation>doit être un objet comme {&quot;step&quot;: &quot;lie_on_side&quot;, &quot;seconds&quot;: 6} (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>is not a known setup step (got %1); use one of %2</source>
        <translation>n&apos;est pas une étape de mise en position connue (valeur&#xa0;: %1)&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an array of movements (got %1)</source>
        <translation>doit être un tableau de mouvements (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be an object like {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} (got %1)</source>
        <translation>doit être un objet comme {&quot;movement&quot;: &quot;clamshell&quot;, &quot;reps&quot;: 15, &quot;phase_seconds&quot;: [2, 2]} (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is not a known movement (got %1); use one of %2</source>
        <translation>n&apos;est pas un mouvement connu (valeur&#xa0;: %1)&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be an array of seconds, one per phase (got %1)</source>
        <translation>doit être un tableau de secondes, une valeur par phase (valeur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must be &quot;%1&quot; or &quot;%2&quot; (got %3)</source>
        <translation>doit valoir &quot;%1&quot; ou &quot;%2&quot; (valeur&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>is empty; a routine file is a JSON object</source>
        <translation>est vide&#xa0;; un fichier de programme est un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is saved as UTF-16 text; save it as UTF-8 (JSON&apos;s encoding)</source>
        <translation>est enregistré en UTF-16&#xa0;; enregistrez-le en UTF-8 (l&apos;encodage de JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à la ligne %2, colonne %3 (octet %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a JSON object {&quot;schema_version&quot;: %1, ...} (got %2)</source>
        <translation>doit être un objet JSON {&quot;schema_version&quot;: %1, ...} (valeur&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>RoutineProblemText</name>
    <message>
        <location filename="../app/text/RoutineProblemText.cpp" line="+19"/>
        <source>must be a whole number from %1 to %2 (got %3)</source>
        <translation>doit être un nombre entier de %1 à %2 (valeur&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be from %1 to %2 seconds (got %3)</source>
        <translation>doit être de %1 à %2 secondes (valeur&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must list one duration per phase of %2 (expected %1, got %3)</source>
        <translation>doit indiquer une durée par phase de %2 (attendu&#xa0;: %1&#xa0;; reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must list at least one movement</source>
        <translation>doit contenir au moins un mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must have at least one movement switched on</source>
        <translation>doit avoir au moins un mouvement activé</translation>
    </message>
</context>
<context>
    <name>ScreenshotCapture</name>
    <message>
        <location filename="../app/window/ScreenshotCapture.cpp" line="+52"/>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../app/pages/SessionPage.cpp" line="+113"/>
        <source>Whole session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise demonstration figure</source>
        <translation>Silhouette de démonstration de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase of the current repetition</source>
        <translation>Phase de la répétition en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do</source>
        <translation>C&apos;est mon maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s all I can do: end this movement (Enter)</source>
        <translation>C&apos;est mon maximum&#xa0;: terminer ce mouvement (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>Skip rest</source>
        <translation>Passer le repos</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Skip this part</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain — stop now</source>
        <translation>Douleur — arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain: stop the session now (P)</source>
        <translation>Douleur&#xa0;: arrêter la séance maintenant (P)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here? The reps you have done so far are kept.</source>
        <translation>Arrêter ici&#xa0;? Les répétitions déjà faites sont conservées.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/pages/SettingsPage.cpp" line="+187"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Sound and colours</source>
        <translation>Son et couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded voice</source>
        <translation>Voix enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System text-to-speech</source>
        <translation>Synthèse vocale du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off (captions only)</source>
        <translation>Désactivée (sous-titres seulement)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>System text-to-speech (not available on this computer)</source>
        <translation>Synthèse vocale du système (indisponible sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Some saved settings could not be used (%1):</source>
        <translation>Certains réglages enregistrés n&apos;ont pas pu être utilisés (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that could not be used</source>
        <translation>Réglages inutilisables</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;ume&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft tick at each lift and lower</source>
        <translation>Léger tic à chaque montée et descente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo tick</source>
        <translation>Tic de tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempo:</source>
        <translation>&amp;Tempo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front-desk kiosk</source>
        <translation>Kiosque d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as a front-desk kiosk</source>
        <translation>Fonctionner en kiosque d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kiosk:</source>
        <translation>&amp;Kiosque&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full-screen demo loops by itself, with captions. Leaving it or changing these settings needs the staff PIN.</source>
        <translation>Une démo plein écran tourne en boucle, avec sous-titres. Pour la quitter ou modifier ces réglages, il faut le PIN du personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the demo screen</source>
        <translation>Affiché sur l&apos;écran de démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic logo file</source>
        <translation>Fichier du logo du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the clinic logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the clinic logo</source>
        <translation>Retirer le logo du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo reps per movement</source>
        <translation>Répétitions par mouvement en démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;mo reps per movement:</source>
        <translation>Répétitions par mouvement en dé&amp;mo&#xa0;:</translation>
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
        <translation>Secondes d&apos;inactivité avant le retour de la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the demo when idle f&amp;or:</source>
        <translation>Retour à la démo après in&amp;activité de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start muted (captions only)</source>
        <translation>Démarrer sans le son (sous-titres seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk starts muted</source>
        <translation>Le kiosque démarre sans le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound:</source>
        <translation>&amp;Son&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff PIN:</source>
        <translation>PIN du personnel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remind me to do my exercises</source>
        <translation>Me rappeler de faire mes exercices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>While the reminder is on, GluteGuide starts in the background when you log in, so it can remind you.</source>
        <translation>Tant que le rappel est activé, GluteGuide démarre en arrière-plan à l&apos;ouverture de votre session, pour pouvoir vous le rappeler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder appears while GluteGuide is running.</source>
        <translation>Le rappel s&apos;affiche quand GluteGuide est ouvert.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GluteGuide has no recorded voice in %1 yet: the system&apos;s text-to-speech says the cues instead.</source>
        <translation>GluteGuide n&apos;a pas encore de voix enregistrée en %1&#xa0;: la synthèse vocale du système dit les consignes à sa place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GluteGuide has no recorded voice in %1 yet, and the system&apos;s text-to-speech has none either: the cues are shown as captions only.</source>
        <translation>GluteGuide n&apos;a pas encore de voix enregistrée en %1, et la synthèse vocale du système non plus&#xa0;: les consignes s&apos;affichent seulement en sous-titres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s text-to-speech has no voice in %1: the cues are shown as captions only.</source>
        <translation>La synthèse vocale du système n&apos;a pas de voix en %1&#xa0;: les consignes s&apos;affichent seulement en sous-titres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the staff &amp;PIN…</source>
        <translation>Changer le &amp;PIN du personnel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff &amp;PIN…</source>
        <translation>Définir le &amp;PIN du personnel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the staff PIN</source>
        <translation>Changer le PIN du personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the staff PIN</source>
        <translation>Définir le PIN du personnel</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../app/pages/SummaryPage.cpp" line="+70"/>
        <source>&lt;b&gt;You stopped because of pain.&lt;/b&gt;&lt;br&gt;Stop exercising for today and rest in a position that feels comfortable. Sharp pain, pain that spreads down a leg, numbness or pain that does not settle within a day are reasons to contact your clinician before you try again. Next time, do fewer repetitions and move more slowly.</source>
        <translation>&lt;b&gt;Vous avez arrêté à cause d&apos;une douleur.&lt;/b&gt;&lt;br&gt;Arrêtez les exercices pour aujourd&apos;hui et reposez-vous dans une position confortable. Une douleur vive, une douleur qui descend dans une jambe, un engourdissement ou une douleur qui ne se calme pas en une journée sont des raisons de contacter votre professionnel de santé avant de recommencer. La prochaine fois, faites moins de répétitions et bougez plus lentement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repetitions achieved per movement, set and side</source>
        <translation>Répétitions réalisées par mouvement, série et côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Well done — series complete</source>
        <translation>Bravo — série terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped for pain</source>
        <translation>Arrêt pour douleur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 repetitions · time taken %3</source>
        <translation>%1 répétitions sur %2 · durée %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 side, set %2</source>
        <translation>%1, série %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Côté droit</translation>
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
        <translation>passé</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <location filename="../app/widgets/WeeklyBars.cpp" line="+22"/>
        <location line="+48"/>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Sessions in each of the last %n weeks, oldest first: %1.</source>
        <translation>
            <numerusform>Séances de la dernière semaine (%n)&#xa0;: %1.</numerusform>
            <numerusform>Séances de chacune des %n dernières semaines, de la plus ancienne à la plus récente&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 session this week.</source>
        <translation>1 séance cette semaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sessions this week.</source>
        <translation>
            <numerusform>%n séance cette semaine.</numerusform>
            <numerusform>%n séances cette semaine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+67"/>
        <source>Try &apos;gluteguide --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;gluteguide --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <location filename="../app/startup/WindowStartup.cpp" line="+60"/>
        <source>gluteguide: using the built-in routine instead.</source>
        <translation>gluteguide: utilisation du programme intégré à la place.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>GluteGuide</source>
        <translation>GluteGuide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>gluteguide: GluteGuide is already running; this request was passed on to it.</source>
        <translation>gluteguide&#xa0;: GluteGuide est déjà ouvert&#xa0;; la demande lui a été transmise.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>gluteguide: another GluteGuide may be starting at this moment; both run.</source>
        <translation>gluteguide&#xa0;: un autre GluteGuide démarre peut-être au même moment&#xa0;; les deux restent ouverts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>gluteguide: kiosk mode needs a staff PIN; starting without it.</source>
        <translation>gluteguide: le mode kiosque nécessite un PIN du personnel&#xa0;; démarrage sans ce mode.</translation>
    </message>
</context>
</TS>
