<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>lessonapp is already open</source>
            <translation>lessonapp est déjà ouvert</translation>
        </message>
        <message>
            <source>lessonapp ran into a problem it did not expect. The answers given so far are saved. If it happens again, please give your teacher the file {0}.</source>
            <translation>lessonapp a rencontré un problème inattendu. Les réponses déjà données sont enregistrées. Si cela se reproduit, donne à ton enseignant le fichier {0}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>About your scores</source>
            <translation>À propos de tes scores</translation>
        </message>
        <message>
            <source>Enter the teacher PIN to open the teacher area.</source>
            <translation>Saisissez le code PIN enseignant pour ouvrir l'espace enseignant.</translation>
        </message>
        <message>
            <source>Kiosk mode is on but no teacher PIN is set, so nobody can leave the app or open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>Le mode kiosque est activé mais aucun code PIN enseignant n'est défini : personne ne peut quitter l'application ni ouvrir l'espace enseignant. Définissez-en un dans un terminal avec : lessonapp set-pin</translation>
        </message>
        <message>
            <source>No teacher PIN</source>
            <translation>Pas de code PIN enseignant</translation>
        </message>
        <message>
            <source>The lesson has changed</source>
            <translation>La leçon a changé</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>Le quiz ne peut pas commencer</translation>
        </message>
        <message>
            <source>The score database seems to be damaged, and it could not be set aside ({0}). Please tell your teacher.</source>
            <translation>Le fichier des scores semble abîmé et n'a pas pu être mis de côté ({0}). Préviens ton enseignant.</translation>
        </message>
        <message>
            <source>The settings file has problems</source>
            <translation>Le fichier de réglages contient des erreurs</translation>
        </message>
        <message>
            <source>This quiz has changed since you left it, so it starts again from the beginning.</source>
            <translation>Ce quiz a changé depuis que tu l'as quitté : il recommence donc depuis le début.</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <source>Article text</source>
            <translation>Texte de l'article</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>Article d'origine</translation>
        </message>
        <message>
            <source>The article cannot be shown: it is not UTF-8 text</source>
            <translation>L'article ne peut pas être affiché : ce n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>The article cannot be shown: {0}</source>
            <translation>L'article ne peut pas être affiché : {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups of the score database</source>
            <translation>Sauvegardes des scores</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sauvegardes, la plus récente d'abord</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Kept in {0}</source>
            <translation>Conservées dans {0}</translation>
        </message>
        <message>
            <source>R&amp;estore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Faite le</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Last {0}% ({1}).</source>
            <translation>Dernière : {0} % ({1}).</translation>
        </message>
        <message>
            <source>Lowest {0}% ({1}); highest {2}% ({3}).</source>
            <translation>La plus basse : {0} % ({1}) ; la plus haute : {2} % ({3}).</translation>
        </message>
        <message>
            <source>No data.</source>
            <translation>Aucune donnée.</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>la ligne</translation>
        </message>
        <message>
            <source>{0} bars.</source>
            <translation>{0} barres.</translation>
        </message>
        <message>
            <source>{0} of {1} at or above {2} ({3}%).</source>
            <translation>{0} sur {1} atteignent {2} ou plus ({3} %).</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>◐ your answer, partly right</source>
            <translation>◐ ta réponse, en partie juste</translation>
        </message>
        <message>
            <source>✓ right answer</source>
            <translation>✓ bonne réponse</translation>
        </message>
        <message>
            <source>✓ your answer, right</source>
            <translation>✓ ta réponse, juste</translation>
        </message>
        <message>
            <source>✗ your answer, wrong</source>
            <translation>✗ ta réponse, fausse</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) drawn from {0}</source>
            <translation>
                <numerusform>%n question tirée parmi {0}</numerusform>
                <numerusform>%n questions tirées parmi {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Leave the quiz</source>
            <translation>Quitter le quiz</translation>
        </message>
        <message>
            <source>Leave the quiz now? Your answers are kept: you can resume it later.</source>
            <translation>Quitter le quiz maintenant ? Tes réponses sont gardées : tu pourras le reprendre plus tard.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>Quitter le quiz ?</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Resume where you stopped, or start over?</source>
            <translation>Reprendre là où tu t'es arrêté, ou recommencer ?</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Rester</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Quiz pas terminé</translation>
        </message>
        <message numerus="yes">
            <source>You left this quiz after {0} of %n question(s).</source>
            <translation>
                <numerusform>Tu as quitté ce quiz après {0} question sur %n.</numerusform>
                <numerusform>Tu as quitté ce quiz après {0} questions sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>You started this quiz but did not answer a question yet.</source>
            <translation>Tu as commencé ce quiz mais tu n'as encore répondu à aucune question.</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;Importer des résultats…</translation>
        </message>
        <message>
            <source>A bundle holds every result of this machine, and those merged into it, as xAPI statements. Bring the bundle of each kiosk here and import it: the overview, item analysis and exports then show the whole class. Importing a bundle twice changes nothing.</source>
            <translation>Un lot contient tous les résultats de cet ordinateur, et ceux qui y ont été fusionnés, sous forme de déclarations xAPI. Apportez ici le lot de chaque kiosque et importez-le : la vue d'ensemble, l'analyse des questions et les exports montrent alors toute la classe. Importer deux fois le même lot ne change rien.</translation>
        </message>
        <message>
            <source>Answers: one row per answered question, with the chosen answer, correct, points.</source>
            <translation>Réponses : une ligne par question répondue, avec la réponse choisie, juste ou non, les points.</translation>
        </message>
        <message>
            <source>CSV opens in a spreadsheet; JSON is for other programs. Times are in UTC. Results have one row per attempt; answers have one row per answered question.</source>
            <translation>Le CSV s'ouvre dans un tableur ; le JSON sert à d'autres programmes. Les heures sont en UTC. Les résultats ont une ligne par tentative ; les réponses, une ligne par question répondue.</translation>
        </message>
        <message>
            <source>Export &amp;answers (CSV)…</source>
            <translation>Exporter les ré&amp;ponses (CSV)…</translation>
        </message>
        <message>
            <source>Export &amp;results (CSV)…</source>
            <translation>Exporter les &amp;résultats (CSV)…</translation>
        </message>
        <message>
            <source>Export a &amp;bundle (xAPI)…</source>
            <translation>Exporter un &amp;lot (xAPI)…</translation>
        </message>
        <message>
            <source>Export and import</source>
            <translation>Exporter et importer</translation>
        </message>
        <message>
            <source>Export answers (J&amp;SON)…</source>
            <translation>Exporter les réponses (J&amp;SON)…</translation>
        </message>
        <message>
            <source>Export results (&amp;JSON)…</source>
            <translation>Exporter les résultats (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Export the class's results</source>
            <translation>Exporter les résultats de la classe</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Avancement de l'import</translation>
        </message>
        <message>
            <source>Import results from bundles</source>
            <translation>Importer des résultats depuis des lots</translation>
        </message>
        <message>
            <source>Results from other machines</source>
            <translation>Résultats des autres ordinateurs</translation>
        </message>
        <message>
            <source>Results: one row per attempt, with student, lesson, score, percent, passed, status.</source>
            <translation>Résultats : une ligne par tentative, avec l'élève, la leçon, le score, le pourcentage, réussi, l'état.</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Je suis encore là</translation>
        </message>
        <message>
            <source>Returning to the start in {0} s.</source>
            <translation>Retour au début dans {0} s.</translation>
        </message>
        <message>
            <source>Still there?</source>
            <translation>Tu es encore là ?</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Enter the teacher PIN to open the teacher menu.</source>
            <translation>Saisissez le code PIN enseignant pour ouvrir le menu enseignant.</translation>
        </message>
        <message>
            <source>The app is locked. Enter the teacher PIN to quit.</source>
            <translation>L'application est verrouillée. Saisissez le code PIN enseignant pour quitter.</translation>
        </message>
    </context>
    <context>
        <name>LessonImages</name>
        <message>
            <source>[{0}: not shown, {1}]</source>
            <translation>[{0} : non affichée, {1}]</translation>
        </message>
        <message>
            <source>it cannot be decoded ({0})</source>
            <translation>elle ne peut pas être lue ({0})</translation>
        </message>
        <message>
            <source>its size cannot be read; is the file damaged?</source>
            <translation>sa taille est illisible ; le fichier est-il abîmé ?</translation>
        </message>
        <message>
            <source>no lesson folder to look in</source>
            <translation>pas de dossier de leçon où chercher</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>image</translation>
        </message>
        <message>
            <source>the image has no file name</source>
            <translation>l'image n'a pas de nom de fichier</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Back to the library</source>
            <translation>Retour à la bibliothèque</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <source>Lesson page</source>
            <translation>Page de la leçon</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>Article d'origine</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Page {0} sur {1}</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Source: {0}</source>
            <translation>Source : {0}</translation>
        </message>
        <message>
            <source>Start reading</source>
            <translation>Commencer la lecture</translation>
        </message>
        <message>
            <source>Take the quiz</source>
            <translation>Faire le quiz</translation>
        </message>
        <message>
            <source>{0}, page {1} of {2}: {3}</source>
            <translation>{0}, page {1} sur {2} : {3}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
        </message>
    </context>
    <context>
        <name>LessonTab</name>
        <message numerus="yes">
            <source>%n question(s) answered. Least often right: “{0}” ({1}% right).</source>
            <translation>
                <numerusform>%n question répondue. La moins souvent juste : « {0} » ({1} % de justes).</numerusform>
                <numerusform>%n questions répondues. La moins souvent juste : « {0} » ({1} % de justes).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Leçon :</translation>
        </message>
        <message>
            <source>Avg. time</source>
            <translation>Temps moyen</translation>
        </message>
        <message>
            <source>Chart of the share correct per question</source>
            <translation>Graphique de la part de bonnes réponses par question</translation>
        </message>
        <message>
            <source>Chose it</source>
            <translation>L'ont choisie</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>Mauvaise réponse la plus choisie</translation>
        </message>
        <message>
            <source>Nobody has answered this lesson's questions yet.</source>
            <translation>Personne n'a encore répondu aux questions de cette leçon.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Questions, the least often right first</source>
            <translation>Questions, la moins souvent juste d'abord</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Juste</translation>
        </message>
        <message>
            <source>Share answering each question correctly</source>
            <translation>Part de bonnes réponses à chaque question</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message numerus="yes">
            <source>%n lessons could not be opened. Ask your teacher.</source>
            <translation>
                <numerusform>%n leçon n’a pas pu être ouverte. Demande à ton enseignant.</numerusform>
                <numerusform>%n leçons n’ont pas pu être ouvertes. Demande à ton enseignant.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best score {0}%</source>
            <translation>Meilleur score {0} %</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Loading lessons…</source>
            <translation>Chargement des leçons…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillée</translation>
        </message>
        <message>
            <source>Locked: pass {0} first to open it.</source>
            <translation>Verrouillée : réussis d'abord {0} pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Pas encore réussie</translation>
        </message>
        <message>
            <source>Not taken yet</source>
            <translation>Pas encore faite</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open {0}</source>
            <translation>Ouvrir {0}</translation>
        </message>
        <message>
            <source>Pass {0} first</source>
            <translation>Réussis d'abord {0}</translation>
        </message>
        <message>
            <source>Passed ✓</source>
            <translation>Réussie ✓</translation>
        </message>
        <message>
            <source>Quiz started: resume it any time</source>
            <translation>Quiz commencé : reprends-le quand tu veux</translation>
        </message>
        <message>
            <source>Reading only</source>
            <translation>Lecture seulement</translation>
        </message>
        <message>
            <source>Signed in as {0}</source>
            <translation>Connecté : {0}</translation>
        </message>
        <message>
            <source>Switch student</source>
            <translation>Changer d'élève</translation>
        </message>
        <message>
            <source>There are no lessons to show yet.</source>
            <translation>Il n'y a pas encore de leçon à afficher.</translation>
        </message>
        <message>
            <source>This lesson could not be opened. Ask your teacher.</source>
            <translation>Cette leçon n’a pas pu être ouverte. Demande à ton enseignant.</translation>
        </message>
        <message>
            <source>quiz started</source>
            <translation>quiz commencé</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, ligne {1} : {2}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>&amp;Enseignant</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>Taille du texte par défaut</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Teacher area…</source>
            <translation>Espace enseignant…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Item analysis of this lesson</source>
            <translation>&amp;Analyse des questions de cette leçon</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Leçon :</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>Toutes les leçons</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Meilleur score</translation>
        </message>
        <message>
            <source>Class overview</source>
            <translation>Vue d'ensemble de la classe</translation>
        </message>
        <message>
            <source>Class overview: students and lessons</source>
            <translation>Vue d'ensemble de la classe : élèves et leçons</translation>
        </message>
        <message>
            <source>Clear the name filter</source>
            <translation>Effacer le filtre de nom</translation>
        </message>
        <message>
            <source>Enter or double-click opens a student.</source>
            <translation>Entrée ou un double-clic ouvre un élève.</translation>
        </message>
        <message>
            <source>Filter by student name</source>
            <translation>Filtrer par nom d'élève</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminées</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>No finished attempt yet</source>
            <translation>Pas encore de tentative terminée</translation>
        </message>
        <message>
            <source>No results yet</source>
            <translation>Pas encore de résultats</translation>
        </message>
        <message>
            <source>Open &amp;student</source>
            <translation>&amp;Ouvrir l'élève</translation>
        </message>
        <message>
            <source>Open the item analysis of the selected lesson</source>
            <translation>Ouvrir l'analyse des questions de la leçon choisie</translation>
        </message>
        <message>
            <source>Open the selected student</source>
            <translation>Ouvrir l'élève choisi</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussie</translation>
        </message>
        <message>
            <source>Show lesson</source>
            <translation>Leçon affichée</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>Élè&amp;ve :</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Type part of a name</source>
            <translation>Tapez une partie d'un nom</translation>
        </message>
        <message>
            <source>Whole attempts finished; retries of the missed questions are practice</source>
            <translation>Tentatives complètes terminées ; refaire les questions manquées est un entraînement</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} sur {1} points</translation>
        </message>
        <message numerus="yes">
            <source>{0} of {1} row(s)</source>
            <translation>
                <numerusform>{0} ligne sur {1}</numerusform>
                <numerusform>{0} lignes sur {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} row(s)</source>
            <translation>
                <numerusform>{0} ligne</numerusform>
                <numerusform>{0} lignes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>About {0} minutes</source>
            <translation>Environ {0} minutes</translation>
        </message>
        <message>
            <source>[The picture {0} is not shown: {1}]</source>
            <translation>[L'image {0} n'est pas affichée : {1}]</translation>
        </message>
        <message>
            <source>a quiz of {0}</source>
            <translation>un quiz de {0}</translation>
        </message>
    </context>
    <context>
        <name>pin_dialog</name>
        <message>
            <source>&amp;Teacher area</source>
            <translation>&amp;Espace enseignant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>Vérification du code PIN…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>E&amp;xit kiosk and quit</source>
            <translation>&amp;Quitter le mode kiosque et l'application</translation>
        </message>
        <message>
            <source>Enter the teacher PIN.</source>
            <translation>Saisissez le code PIN enseignant.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>No teacher PIN is set, so this machine stays locked. The teacher must set one from a terminal with:

    lessonapp set-pin

(with the same --data-dir as the kiosk), then restart the app.</source>
            <translation>Aucun code PIN enseignant n'est défini : cet ordinateur reste donc verrouillé. L'enseignant doit en définir un dans un terminal avec :

    lessonapp set-pin

(avec le même --data-dir que le kiosque), puis redémarrer l'application.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Enseignant</translation>
        </message>
        <message>
            <source>Teacher PIN</source>
            <translation>Code PIN enseignant</translation>
        </message>
        <message>
            <source>Teacher menu</source>
            <translation>Menu enseignant</translation>
        </message>
        <message>
            <source>Type the PIN first.</source>
            <translation>Tapez d'abord le code PIN.</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Pourquoi le code PIN a été refusé</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Code PIN incorrect.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again in {0} s</source>
            <translation>Code PIN incorrect. Réessayez dans {0} s</translation>
        </message>
        <message>
            <source>Wrong PIN. You can try again now.</source>
            <translation>Code PIN incorrect. Vous pouvez réessayer maintenant.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Retour à la leçon</translation>
        </message>
        <message>
            <source>Back to the lesson's start page</source>
            <translation>Retour à la page d'accueil de la leçon</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>État de l'aperçu</translation>
        </message>
        <message>
            <source>Preview: {0}</source>
            <translation>Aperçu : {0}</translation>
        </message>
        <message>
            <source>Previewing {0}. It reloads each time you save.</source>
            <translation>Aperçu de {0}. Il se recharge à chaque enregistrement.</translation>
        </message>
        <message>
            <source>Problems in the lesson file</source>
            <translation>Problèmes dans le fichier de leçon</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Page d'accueil</translation>
        </message>
        <message numerus="yes">
            <source>{0} cannot be shown: %n error(s). Fix them and save.</source>
            <translation>
                <numerusform>{0} ne peut pas être affiché : %n erreur. Corrigez-la et enregistrez.</numerusform>
                <numerusform>{0} ne peut pas être affiché : %n erreurs. Corrigez-les et enregistrez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n error(s); showing the last version that worked. Fix them and save.</source>
            <translation>
                <numerusform>{0} a %n erreur ; la dernière version qui fonctionnait est affichée. Corrigez-la et enregistrez.</numerusform>
                <numerusform>{0} a %n erreurs ; la dernière version qui fonctionnait est affichée. Corrigez-les et enregistrez.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsTab</name>
        <message numerus="yes">
            <source>%n lesson file(s) could not be loaded.</source>
            <translation>
                <numerusform>%n fichier de leçon n’a pas pu être chargé.</numerusform>
                <numerusform>%n fichiers de leçon n’ont pas pu être chargés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every lesson file was loaded.</source>
            <translation>Tous les fichiers de leçon ont été chargés.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Lesson files that could not be loaded</source>
            <translation>Fichiers de leçon qui n’ont pas pu être chargés</translation>
        </message>
        <message>
            <source>Lesson problems</source>
            <translation>Problèmes de leçons</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Students see only “This lesson could not be opened. Ask your teacher.” Fix each file at the line shown, then check it with: lessonapp validate FILE (or watch it with: lessonapp preview FILE).</source>
            <translation>Les élèves voient seulement « Cette leçon n’a pas pu être ouverte. Demande à ton enseignant. » Corrigez chaque fichier à la ligne indiquée, puis vérifiez-le avec : lessonapp validate FICHIER (ou suivez-le avec : lessonapp preview FICHIER).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesScreen</name>
        <message>
            <source>Add a student</source>
            <translation>Ajouter un élève</translation>
        </message>
        <message>
            <source>Choose your name and press Enter.</source>
            <translation>Choisis ton nom et appuie sur Entrée.</translation>
        </message>
        <message>
            <source>Choose your name first: use the arrow keys or click it, then press Enter.</source>
            <translation>Choisis d'abord ton nom : utilise les flèches ou clique dessus, puis appuie sur Entrée.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>New student's name</source>
            <translation>Nom du nouvel élève</translation>
        </message>
        <message>
            <source>No students yet: add your name below.</source>
            <translation>Pas encore d'élèves : ajoute ton nom ci-dessous.</translation>
        </message>
        <message>
            <source>No students yet: ask your teacher to add your name.</source>
            <translation>Pas encore d'élèves : demande à ton enseignant d'ajouter ton nom.</translation>
        </message>
        <message>
            <source>Please type a name first.</source>
            <translation>Tape d'abord un nom.</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>Problème avec le nom</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Élèves</translation>
        </message>
        <message>
            <source>There is already a student called {0}. Choose them above, or add a different name.</source>
            <translation>Il y a déjà un élève qui s'appelle {0}. Choisis-le plus haut, ou ajoute un autre nom.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list. Choose {0} above, or add something that tells you apart, such as an initial.</source>
            <translation>Ce nom ressemble à {0}, qui est déjà dans la liste. Choisis {0} plus haut, ou ajoute de quoi vous distinguer, par exemple une initiale.</translation>
        </message>
        <message>
            <source>Who is learning?</source>
            <translation>Qui apprend ?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ton nom</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>False</source>
            <translation>Faux</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Question suivante</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>En partie juste :</translation>
        </message>
        <message>
            <source>Partly right: {0}</source>
            <translation>En partie juste : {0}</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s).</source>
            <translation>
                <numerusform>En partie juste : {0} sur %n point.</numerusform>
                <numerusform>En partie juste : {0} sur %n points.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points.</source>
            <translation>En partie juste : {0} sur {1} points.</translation>
        </message>
        <message>
            <source>Pick an answer first: press a number key from 1 to {0}.</source>
            <translation>Choisis d'abord une réponse : appuie sur un chiffre de 1 à {0}.</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>Voir mes résultats</translation>
        </message>
        <message>
            <source>The right answer: {0}</source>
            <translation>La bonne réponse : {0}</translation>
        </message>
        <message>
            <source>The right answers:</source>
            <translation>Les bonnes réponses :</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Vrai</translation>
        </message>
        <message>
            <source>Your answer could not be saved. {0} Your choice stays: press Enter to save it.</source>
            <translation>Ta réponse n'a pas pu être enregistrée. {0} Ton choix reste : appuie sur Entrée pour l'enregistrer.</translation>
        </message>
        <message>
            <source>Your result could not be saved. {0} Press Enter to save it.</source>
            <translation>Ton résultat n'a pas pu être enregistré. {0} Appuie sur Entrée pour l'enregistrer.</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Back to the question</source>
            <translation>Retour à la question</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Check the answer</source>
            <translation>Vérifier la réponse</translation>
        </message>
        <message>
            <source>Choose all that apply (keys 1–{0}), then press Enter.</source>
            <translation>Choisis toutes les bonnes réponses (touches 1 à {0}), puis appuie sur Entrée.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–{0}), then press Enter.</source>
            <translation>Choisis une réponse (touches 1 à {0}), puis appuie sur Entrée.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Faux</translation>
        </message>
        <message>
            <source>Feedback: {0}</source>
            <translation>Retour : {0}</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>Dans l'article : « {0} »</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Quitter le quiz</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>Pas tout à fait.</translation>
        </message>
        <message>
            <source>Page to re-read</source>
            <translation>Page à relire</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation>Question {0} sur {1}</translation>
        </message>
        <message>
            <source>Quiz: {0}</source>
            <translation>Quiz : {0}</translation>
        </message>
        <message>
            <source>Re-read: {0}</source>
            <translation>À relire : {0}</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Juste !</translation>
        </message>
        <message>
            <source>Time left {0}</source>
            <translation>Temps restant {0}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Vrai</translation>
        </message>
        <message>
            <source>choose all that apply</source>
            <translation>choisis toutes les réponses qui conviennent</translation>
        </message>
        <message>
            <source>choose one</source>
            <translation>choisis-en une</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}, {1} : {2}</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message numerus="yes">
            <source>All %n question(s) you missed are now right.</source>
            <translation>
                <numerusform>La question que tu avais manquée est maintenant juste.</numerusform>
                <numerusform>Les %n questions que tu avais manquées sont maintenant justes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Retour à la bibliothèque</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Faux</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>Dans l'article : « {0} »</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n question(s) you missed is right yet.</source>
            <translation>
                <numerusform>La question que tu avais manquée n'est pas encore juste.</numerusform>
                <numerusform>Aucune des %n questions que tu avais manquées n'est encore juste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Not passed yet: you need {0}% to pass.</source>
            <translation>Pas encore réussi : il te faut {0} % pour réussir.</translation>
        </message>
        <message numerus="yes">
            <source>Now right: {0} of the %n question(s) you missed.</source>
            <translation>
                <numerusform>Maintenant juste : {0} sur la %n question que tu avais manquée.</numerusform>
                <numerusform>Maintenant justes : {0} des %n questions que tu avais manquées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right</source>
            <translation>En partie juste</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>En partie juste :</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s)</source>
            <translation>
                <numerusform>En partie juste : {0} sur %n point</numerusform>
                <numerusform>En partie juste : {0} sur %n points</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points</source>
            <translation>En partie juste : {0} sur {1} points</translation>
        </message>
        <message>
            <source>Passed — well done!</source>
            <translation>Réussi, bravo !</translation>
        </message>
        <message>
            <source>Practice: {0}</source>
            <translation>Entraînement : {0}</translation>
        </message>
        <message>
            <source>Results: {0}</source>
            <translation>Résultats : {0}</translation>
        </message>
        <message>
            <source>Retry the ones I missed</source>
            <translation>Refaire celles que j'ai manquées</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Juste</translation>
        </message>
        <message>
            <source>Score {0} percent</source>
            <translation>Score {0} pour cent</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>Le refaire</translation>
        </message>
        <message numerus="yes">
            <source>The right answer:</source>
            <translation>
                <numerusform>La bonne réponse :</numerusform>
                <numerusform>Les bonnes réponses :</numerusform>
            </translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%.</source>
            <translation>C'était un entraînement. Ton résultat pour cette leçon reste {0} %.</translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%: take the whole quiz again to pass.</source>
            <translation>C'était un entraînement. Ton résultat pour cette leçon reste {0} % : refais tout le quiz pour réussir.</translation>
        </message>
        <message>
            <source>This was practice: it does not change your result for this lesson.</source>
            <translation>C'était un entraînement : cela ne change pas ton résultat pour cette leçon.</translation>
        </message>
        <message>
            <source>This was practice: take the whole quiz to get a result for this lesson.</source>
            <translation>C'était un entraînement : fais tout le quiz pour avoir un résultat pour cette leçon.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Vrai</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>Faux</translation>
        </message>
        <message>
            <source>You have finished the quiz.</source>
            <translation>Tu as terminé le quiz.</translation>
        </message>
        <message numerus="yes">
            <source>Your answer:</source>
            <translation>
                <numerusform>Ta réponse :</numerusform>
                <numerusform>Tes réponses :</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>Tes réponses</translation>
        </message>
        <message>
            <source>Your answers and the right ones are below.</source>
            <translation>Tes réponses et les bonnes réponses sont ci-dessous.</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} sur {1}</translation>
        </message>
        <message>
            <source>{0} of {1} points · {2} of {3} questions right · pass mark {4}%</source>
            <translation>{0} sur {1} points · {2} questions justes sur {3} · note pour réussir {4} %</translation>
        </message>
        <message>
            <source>{0} of {1} right</source>
            <translation>{0} justes sur {1}</translation>
        </message>
    </context>
    <context>
        <name>secret_entry</name>
        <message>
            <source>&amp;Take back the last picture</source>
            <translation>&amp;Retirer la dernière image</translation>
        </message>
        <message>
            <source>Apple</source>
            <translation>Pomme</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>Bateau</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Voiture</translation>
        </message>
        <message>
            <source>Fish</source>
            <translation>Poisson</translation>
        </message>
        <message>
            <source>Flower</source>
            <translation>Fleur</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Maison</translation>
        </message>
        <message>
            <source>Picture {0} of {1}</source>
            <translation>Image {0} sur {1}</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Étoile</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Soleil</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Arbre</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Ton code PIN</translation>
        </message>
        <message>
            <source>{0} of {1} pictures picked</source>
            <translation>{0} images choisies sur {1}</translation>
        </message>
    </context>
    <context>
        <name>SendingTab</name>
        <message>
            <source>&amp;Pull the class's results</source>
            <translation>&amp;Récupérer les résultats de la classe</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Envoyer maintenant</translation>
        </message>
        <message>
            <source>Fetch the results other machines sent to the LRS, and add them here</source>
            <translation>Récupérer les résultats que les autres ordinateurs ont envoyés au LRS, et les ajouter ici</translation>
        </message>
        <message>
            <source>No LRS is set up: results stay on this machine. Add lrs: to the settings file to send them (see docs/classroom.md), or carry them on a USB stick: lessonapp scores export --format xapi.</source>
            <translation>Aucun LRS n'est configuré : les résultats restent sur cet ordinateur. Ajoutez lrs: au fichier de réglages pour les envoyer (voir docs/classroom.md), ou emportez-les sur une clé USB : lessonapp scores export --format xapi.</translation>
        </message>
        <message>
            <source>Nothing waits.</source>
            <translation>Rien n'attend.</translation>
        </message>
        <message>
            <source>Nothing waits: every result made here has been sent.</source>
            <translation>Rien n'attend : tous les résultats faits ici ont été envoyés.</translation>
        </message>
        <message>
            <source>Pull the class's results from the LRS</source>
            <translation>Récupérer les résultats de la classe depuis le LRS</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Results are sent to {0}</source>
            <translation>Les résultats sont envoyés à {0}</translation>
        </message>
        <message>
            <source>Results sent to the school's learning record store (LRS)</source>
            <translation>Résultats envoyés à l'entrepôt d'apprentissage de l'école (LRS)</translation>
        </message>
        <message>
            <source>Results the LRS rejected</source>
            <translation>Résultats refusés par le LRS</translation>
        </message>
        <message>
            <source>Results the LRS rejected: {0} (kept here, never sent again)</source>
            <translation>Résultats refusés par le LRS : {0} (gardés ici, jamais renvoyés)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Statement {0}</source>
            <translation>Déclaration {0}</translation>
        </message>
        <message>
            <source>The LRS has rejected no result.</source>
            <translation>Le LRS n'a refusé aucun résultat.</translation>
        </message>
        <message>
            <source>The last try failed ({0}): {1}</source>
            <translation>Le dernier essai a échoué ({0}) : {1}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Why the LRS rejected it</source>
            <translation>Pourquoi le LRS l'a refusé</translation>
        </message>
        <message>
            <source>{0} results wait to be sent, the oldest since {1}.</source>
            <translation>{0} résultats attendent d'être envoyés, le plus ancien depuis {1}.</translation>
        </message>
    </context>
    <context>
        <name>sign_in</name>
        <message>
            <source>&amp;Not me: back to the names</source>
            <translation>&amp;Ce n'est pas moi : retour aux noms</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>Un code PIN a de 4 à 8 chiffres.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits that you will remember, and keep it secret.</source>
            <translation>Choisis un code PIN de 4 à 8 chiffres dont tu te souviendras, et garde-le secret.</translation>
        </message>
        <message>
            <source>Choose three pictures, in an order you will remember. They are your picture password: keep them secret.</source>
            <translation>Choisis trois images, dans un ordre dont tu te souviendras. C'est ton mot de passe en images : garde-le secret.</translation>
        </message>
        <message>
            <source>Forgot it? Ask your teacher to reset it.</source>
            <translation>Tu l'as oublié ? Demande à ton enseignant de le réinitialiser.</translation>
        </message>
        <message>
            <source>Hello, {0}</source>
            <translation>Bonjour, {0}</translation>
        </message>
        <message>
            <source>It could not be saved ({0}). Please tell your teacher.</source>
            <translation>Il n'a pas pu être enregistré ({0}). Préviens ton enseignant.</translation>
        </message>
        <message>
            <source>Now pick the same three pictures again, in the same order.</source>
            <translation>Choisis maintenant les trois mêmes images, dans le même ordre.</translation>
        </message>
        <message>
            <source>PIN for {0}</source>
            <translation>Code PIN de {0}</translation>
        </message>
        <message>
            <source>Pick your three pictures, in order.</source>
            <translation>Choisis tes trois images, dans l'ordre.</translation>
        </message>
        <message>
            <source>Picture password for {0}</source>
            <translation>Mot de passe en images de {0}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Signing in does not work just now: the score database cannot be read. Please tell your teacher.</source>
            <translation>La connexion ne fonctionne pas pour le moment : la base des scores ne peut pas être lue. Préviens ton enseignant.</translation>
        </message>
        <message>
            <source>Tell {0} what you choose here, out of sight of the others.</source>
            <translation>Dites à {0} ce que vous choisissez ici, à l'abri des regards des autres.</translation>
        </message>
        <message>
            <source>That could not be saved. Please try again.</source>
            <translation>Cela n'a pas pu être enregistré. Réessaie.</translation>
        </message>
        <message>
            <source>That is not your PIN. Try again, or go back and choose your name.</source>
            <translation>Ce n'est pas ton code PIN. Réessaie, ou reviens en arrière et choisis ton nom.</translation>
        </message>
        <message>
            <source>The two PINs were not the same. Start again: choose a PIN.</source>
            <translation>Les deux codes PIN n'étaient pas les mêmes. Recommence : choisis un code PIN.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again, or go back and choose your name.</source>
            <translation>Ce ne sont pas tes images. Réessaie, ou reviens en arrière et choisis ton nom.</translation>
        </message>
        <message>
            <source>Those were not the same pictures. Start again: choose three pictures.</source>
            <translation>Ce n'étaient pas les mêmes images. Recommence : choisis trois images.</translation>
        </message>
        <message>
            <source>Type the same PIN again.</source>
            <translation>Tape à nouveau le même code PIN.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Tape ton code PIN, puis appuie sur Entrée.</translation>
        </message>
        <message>
            <source>Wrong too many times. Try again in {0} s.</source>
            <translation>Trop d'erreurs. Réessaie dans {0} s.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Tu peux réessayer maintenant.</translation>
        </message>
        <message>
            <source>You have no picture password or PIN yet, and it cannot be saved just now: the score database can only be read. Please tell your teacher.</source>
            <translation>Tu n'as pas encore de mot de passe en images ni de code PIN, et il ne peut pas être enregistré pour le moment : la base des scores ne peut qu'être lue. Préviens ton enseignant.</translation>
        </message>
    </context>
    <context>
        <name>SignInTab</name>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Réinitialiser</translation>
        </message>
        <message>
            <source>&amp;Set for this student…</source>
            <translation>&amp;Définir pour cet élève…</translation>
        </message>
        <message>
            <source>A student without one chooses it at their next sign-in. Reset it when a student forgets theirs, or set it here for them.</source>
            <translation>Un élève qui n'en a pas le choisit à sa prochaine connexion. Réinitialisez-le quand un élève a oublié le sien, ou définissez-le ici pour lui.</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>Rien n'a été modifié : {0}</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Reset the selected student's sign-in</source>
            <translation>Réinitialiser la connexion de l'élève choisi</translation>
        </message>
        <message>
            <source>Reset: {0} chooses a new one at their next sign-in.</source>
            <translation>Réinitialisé : {0} en choisira un nouveau à sa prochaine connexion.</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Défini par</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Défini le</translation>
        </message>
        <message>
            <source>Set the selected student's sign-in</source>
            <translation>Définir la connexion de l'élève choisi</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Students and their sign-in</source>
            <translation>Les élèves et leur connexion</translation>
        </message>
        <message>
            <source>Students sign in with a PIN of 4 to 8 digits after choosing their name.</source>
            <translation>Les élèves se connectent avec un code PIN de 4 à 8 chiffres après avoir choisi leur nom.</translation>
        </message>
        <message>
            <source>Students sign in with a picture password (three of nine pictures, in order) after choosing their name.</source>
            <translation>Les élèves se connectent avec un mot de passe en images (trois images sur neuf, dans l'ordre) après avoir choisi leur nom.</translation>
        </message>
        <message>
            <source>a teacher</source>
            <translation>un enseignant</translation>
        </message>
        <message>
            <source>not set yet</source>
            <translation>pas encore défini</translation>
        </message>
        <message>
            <source>picture password</source>
            <translation>mot de passe en images</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>l'élève</translation>
        </message>
        <message>
            <source>{0} now signs in with what you chose.</source>
            <translation>{0} se connecte désormais avec ce que vous avez choisi.</translation>
        </message>
    </context>
    <context>
        <name>StudentTab</name>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Leçon :</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>Toutes les leçons</translation>
        </message>
        <message numerus="yes">
            <source>Also %n practice retry(s) of missed questions, not charted.</source>
            <translation>
                <numerusform>Aussi %n entraînement sur les questions manquées, hors graphique.</numerusform>
                <numerusform>Aussi %n entraînements sur les questions manquées, hors graphique.</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers of the selected attempt</source>
            <translation>Réponses de la tentative choisie</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Attempts of this student</source>
            <translation>Tentatives de cet élève</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Choisie</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Lesson shown in the chart and list</source>
            <translation>Leçon affichée dans le graphique et la liste</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>No finished attempt yet.</source>
            <translation>Pas encore de tentative terminée.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Right?</source>
            <translation>Juste ?</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Score of each finished attempt, in order</source>
            <translation>Score de chaque tentative terminée, dans l'ordre</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>Élè&amp;ve :</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonnée</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>non réussie</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>note pour réussir</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussie</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <source>{0} has not finished an attempt here yet.</source>
            <translation>{0} n'a pas encore terminé de tentative ici.</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1} finished of %n attempt(s); bars numbered as in the list below.</source>
            <translation>
                <numerusform>{0} : {1} terminée sur %n tentative ; barres numérotées comme dans la liste ci-dessous.</numerusform>
                <numerusform>{0} : {1} terminées sur %n tentatives ; barres numérotées comme dans la liste ci-dessous.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Column headers of {0}: click one to sort</source>
            <translation>En-têtes de colonnes de {0} : cliquez sur l'un d'eux pour trier</translation>
        </message>
        <message>
            <source>Row numbers</source>
            <translation>Numéros de ligne</translation>
        </message>
    </context>
    <context>
        <name>TeacherArea</name>
        <message>
            <source>&amp;Close teacher area</source>
            <translation>&amp;Fermer l'espace enseignant</translation>
        </message>
        <message>
            <source>&amp;Machine:</source>
            <translation>&amp;Machine :</translation>
        </message>
        <message>
            <source>(lessonapp scores import lists every one)</source>
            <translation>(lessonapp scores import les liste tous)</translation>
        </message>
        <message>
            <source>. First problem: {0}</source>
            <translation>. Premier problème : {0}</translation>
        </message>
        <message>
            <source>. It stopped early: {0}</source>
            <translation>. Arrêt avant la fin : {0}</translation>
        </message>
        <message>
            <source>All machines</source>
            <translation>Tous les ordinateurs</translation>
        </message>
        <message>
            <source>Bac&amp;kups</source>
            <translation>&amp;Sauvegardes</translation>
        </message>
        <message>
            <source>Back to the app (Esc)</source>
            <translation>Retour à l'application (Échap)</translation>
        </message>
        <message>
            <source>Backed up to {0}</source>
            <translation>Sauvegardé dans {0}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Sauvegarde restaurée.</translation>
        </message>
        <message>
            <source>Backup restored. The scores as they were before are kept in {0}.</source>
            <translation>Sauvegarde restaurée. Les scores d'avant sont gardés dans {0}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>Vue d'&amp;ensemble de la classe</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exporter un lot</translation>
        </message>
        <message>
            <source>Export answers</source>
            <translation>Exporter les réponses</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message numerus="yes">
            <source>Exported {0} row(s) to {1}</source>
            <translation>
                <numerusform>{0} ligne exportée dans {1}</numerusform>
                <numerusform>{0} lignes exportées dans {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Export vers {0}…</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Importer des résultats</translation>
        </message>
        <message>
            <source>Importing {0} files…</source>
            <translation>Import de {0} fichiers…</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Lesso&amp;n</source>
            <translation>Leço&amp;n</translation>
        </message>
        <message>
            <source>Lesson &amp;problems</source>
            <translation>&amp;Problèmes de leçons</translation>
        </message>
        <message>
            <source>Machine {0}</source>
            <translation>Ordinateur {0}</translation>
        </message>
        <message>
            <source>Merged {0} new results; {1} were here already.</source>
            <translation>{0} nouveaux résultats fusionnés ; {1} étaient déjà là.</translation>
        </message>
        <message>
            <source>No backup was made: {0}</source>
            <translation>Aucune sauvegarde n'a été faite : {0}</translation>
        </message>
        <message>
            <source>No bundle to import: put the bundles (.jsonl files) in {0}</source>
            <translation>Aucun lot à importer : mettez les lots (fichiers .jsonl) dans {0}</translation>
        </message>
        <message>
            <source>No teacher PIN is set: anyone at this computer can open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>Aucun code PIN enseignant n'est défini : n'importe qui à cet ordinateur peut ouvrir l'espace enseignant. Définissez-en un dans un terminal avec : lessonapp set-pin</translation>
        </message>
        <message>
            <source>Nothing was exported to {0}: {1}</source>
            <translation>Rien n'a été exporté vers {0} : {1}</translation>
        </message>
        <message>
            <source>Nothing was exported: {0}</source>
            <translation>Rien n'a été exporté : {0}</translation>
        </message>
        <message>
            <source>Nothing was pulled: {0}</source>
            <translation>Rien n'a été récupéré : {0}</translation>
        </message>
        <message>
            <source>Pulled: {0}</source>
            <translation>Récupéré : {0}</translation>
        </message>
        <message>
            <source>Pulling the class's results from the LRS…</source>
            <translation>Récupération des résultats de la classe depuis le LRS…</translation>
        </message>
        <message>
            <source>Restore the scores from {0}?

The scores as they are now are kept aside in a file beside the database (nothing is deleted), then the app reopens the scores from the backup.</source>
            <translation>Restaurer les scores depuis {0} ?

Les scores actuels sont mis de côté dans un fichier à côté de la base (rien n'est supprimé), puis l'application rouvre les scores de la sauvegarde.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>Restauration de {0}…</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl *.json);;All files (*)</source>
            <translation>Lots de résultats (*.jsonl *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl)</source>
            <translation>Lots de résultats (*.jsonl)</translation>
        </message>
        <message>
            <source>S&amp;tudent</source>
            <translation>É&amp;lève</translation>
        </message>
        <message>
            <source>Sen&amp;ding</source>
            <translation>En&amp;voi</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait.</source>
            <translation>Envoyés : {0} ; en attente : {1}.</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait: {2}</source>
            <translation>Envoyés : {0} ; en attente : {1} : {2}</translation>
        </message>
        <message>
            <source>Show the results of</source>
            <translation>Afficher les résultats de</translation>
        </message>
        <message>
            <source>Si&amp;gn-in</source>
            <translation>Conne&amp;xion</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Teacher area</source>
            <translation>Espace enseignant</translation>
        </message>
        <message>
            <source>Teacher area sections</source>
            <translation>Sections de l'espace enseignant</translation>
        </message>
        <message>
            <source>The backup was not restored: {0}</source>
            <translation>La sauvegarde n'a pas été restaurée : {0}</translation>
        </message>
        <message>
            <source>The import stopped: {0}. What was merged before stays; importing again goes on from there.</source>
            <translation>L'import s'est arrêté : {0}. Ce qui a déjà été fusionné reste ; importer à nouveau reprend à partir de là.</translation>
        </message>
        <message>
            <source>The teacher PIN has fewer than {0} digits: anyone with a copy of the scores file or a backup could find it in minutes. Set a longer one from a terminal with: lessonapp set-pin</source>
            <translation>Le code PIN enseignant a moins de {0} chiffres : quiconque a une copie du fichier des scores ou d'une sauvegarde pourrait le trouver en quelques minutes. Définissez-en un plus long dans un terminal avec : lessonapp set-pin</translation>
        </message>
        <message>
            <source>This machine</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>cet ordinateur</translation>
        </message>
        <message>
            <source>{0} ({1} attempts)</source>
            <translation>{0} ({1} tentatives)</translation>
        </message>
        <message>
            <source>{0} as {1}, every {2} s</source>
            <translation>{0} en tant que {1}, toutes les {2} s</translation>
        </message>
        <message>
            <source>{0} could not be merged:</source>
            <translation>{0} n'ont pas pu être fusionnés :</translation>
        </message>
    </context>
</TS>
