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
        <name>classroom</name>
        <message>
            <source>fetched 1 statement from the LRS: merged {0}, {1} were here already</source>
            <translation>1 relevé reçu du LRS : {0} fusionnés, {1} étaient déjà là</translation>
        </message>
        <message>
            <source>fetched {0} statements from the LRS: merged {1}, {2} were here already</source>
            <translation>{0} relevés reçus du LRS : {1} fusionnés, {2} étaient déjà là</translation>
        </message>
        <message>
            <source>{0}, {1} are not this school's lessonapp results</source>
            <translation>{0}, {1} ne sont pas des résultats lessonapp de cette école</translation>
        </message>
        <message>
            <source>{0}, {1} could not be merged</source>
            <translation>{0}, {1} n'ont pas pu être fusionnés</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>"answer" is only for true_false questions; {0} is {1}: mark its right choices with correct: true (or set type: true_false)</source>
            <translation>« answer » n'est que pour les questions true_false ; {0} est {1} : marquez ses bons choix avec correct: true (ou mettez type: true_false)</translation>
        </message>
        <message>
            <source>"scoring" is only for multiple questions; {0} is {1}</source>
            <translation>« scoring » n'est que pour les questions multiple ; {0} est {1}</translation>
        </message>
        <message>
            <source>"{0}" in {1}</source>
            <translation>« {0} » dans {1}</translation>
        </message>
        <message>
            <source>"{0}" is not an image; use a PNG, JPEG or SVG file</source>
            <translation>« {0} » n'est pas une image ; utilisez un fichier PNG, JPEG ou SVG</translation>
        </message>
        <message>
            <source>'..' is not allowed: the file must be inside the library folder</source>
            <translation>« .. » n'est pas permis : le fichier doit être dans le dossier de la bibliothèque</translation>
        </message>
        <message>
            <source>Lesson ids in the order to show them.</source>
            <translation>Les identifiants des leçons, dans l'ordre où les montrer.</translation>
        </message>
        <message>
            <source>The course's id.</source>
            <translation>L'identifiant du cours.</translation>
        </message>
        <message>
            <source>The course's title.</source>
            <translation>Le titre du cours.</translation>
        </message>
        <message>
            <source>The lesson's title.</source>
            <translation>Le titre de la leçon.</translation>
        </message>
        <message>
            <source>The page's title.</source>
            <translation>Le titre de la page.</translation>
        </message>
        <message>
            <source>The question, in Markdown.</source>
            <translation>La question, en Markdown.</translation>
        </message>
        <message>
            <source>The questions.</source>
            <translation>Les questions.</translation>
        </message>
        <message>
            <source>The version of the lesson format: 1.</source>
            <translation>La version du format des leçons : 1.</translation>
        </message>
        <message>
            <source>The word or phrase.</source>
            <translation>Le mot ou l'expression.</translation>
        </message>
        <message>
            <source>URLs are not allowed: nothing is fetched from the network; copy the file into the library</source>
            <translation>les adresses web ne sont pas permises : rien n'est pris sur le réseau ; copiez le fichier dans la bibliothèque</translation>
        </message>
        <message>
            <source>Unique in the library; lowercase letters, digits and hyphens.</source>
            <translation>Unique dans la bibliothèque ; lettres minuscules, chiffres et tirets.</translation>
        </message>
        <message>
            <source>Unique within the lesson.</source>
            <translation>Unique dans la leçon.</translation>
        </message>
        <message>
            <source>What it means, in plain words.</source>
            <translation>Ce que cela veut dire, en mots simples.</translation>
        </message>
        <message>
            <source>What the student sees.</source>
            <translation>Ce que l'élève voit.</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}</source>
            <translation>erreur de syntaxe YAML : {0}</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; check the indentation of this line and the one before</source>
            <translation>erreur de syntaxe YAML : {0} ; vérifiez le retrait de cette ligne et de la précédente</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; does text go on after a closing quote? Quote the whole value, or check the indentation</source>
            <translation>erreur de syntaxe YAML : {0} ; du texte suit-il un guillemet fermant ? Mettez toute la valeur entre guillemets, ou vérifiez le retrait</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; is this line indented too far, or does a value contain ': '? (put such text in quotes)</source>
            <translation>erreur de syntaxe YAML : {0} ; cette ligne est-elle trop en retrait, ou une valeur contient-elle « : » ? (mettez un tel texte entre guillemets)</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; text that starts with * (such as **bold**) must be put in quotes</source>
            <translation>erreur de syntaxe YAML : {0} ; un texte qui commence par * (comme **gras**) doit être mis entre guillemets</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; the items of a list must line up under each other</source>
            <translation>erreur de syntaxe YAML : {0} ; les éléments d'une liste doivent être alignés les uns sous les autres</translation>
        </message>
        <message>
            <source>a course.yaml in a sub-folder is not read; keep one course.yaml at the top of the library folder, or give the sub-folder as a library of its own</source>
            <translation>un course.yaml dans un sous-dossier n'est pas lu ; gardez un seul course.yaml en haut du dossier de la bibliothèque, ou donnez le sous-dossier comme une bibliothèque à part</translation>
        </message>
        <message>
            <source>a file path</source>
            <translation>un chemin de fichier</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>un nombre fini</translation>
        </message>
        <message>
            <source>a key must be a plain word, not a list or mapping</source>
            <translation>une clé doit être un simple mot, pas une liste ni un ensemble de clés</translation>
        </message>
        <message>
            <source>a language tag such as en or ar</source>
            <translation>un code de langue comme en ou ar</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a list</source>
            <translation>un fichier de leçon doit être une suite de clés (format:, id:, title: ...), pas une liste</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a single value</source>
            <translation>un fichier de leçon doit être une suite de clés (format:, id:, title: ...), pas une valeur seule</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>a list of ids</source>
            <translation>une liste d'identifiants</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>une liste de textes</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>un ensemble de clés</translation>
        </message>
        <message>
            <source>a mapping of keys</source>
            <translation>un ensemble de clés</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a tab is used for indentation; indent with spaces only</source>
            <translation>une tabulation sert au retrait ; faites le retrait avec des espaces seulement</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>absolute paths are not allowed; write the path relative to the lesson file</source>
            <translation>les chemins absolus ne sont pas permis ; écrivez le chemin à partir du fichier de la leçon</translation>
        </message>
        <message>
            <source>an alias refers to the list or mapping it is inside</source>
            <translation>un alias renvoie à la liste ou à l'ensemble de clés dans lequel il se trouve</translation>
        </message>
        <message>
            <source>an entry of {0}</source>
            <translation>une entrée de {0}</translation>
        </message>
        <message>
            <source>an id (lowercase letters, digits and hyphens)</source>
            <translation>un identifiant (lettres minuscules, chiffres et tirets)</translation>
        </message>
        <message>
            <source>cannot read the file: {0}</source>
            <translation>impossible de lire le fichier : {0}</translation>
        </message>
        <message>
            <source>cannot read the source file "{0}": {1}</source>
            <translation>impossible de lire le fichier source « {0} » : {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1}</source>
            <translation>le choix {0} de {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: false but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>le choix {0} de {1} a correct: false mais weight {2} ; un poids supérieur à 0 rend un choix juste : gardez seulement le poids</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: true but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>le choix {0} de {1} a correct: true mais weight {2} ; un poids supérieur à 0 rend un choix juste : gardez seulement le poids</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id</source>
            <translation>course.yaml cite « {0} », mais aucune leçon de ce dossier n'a cet identifiant</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id (or it could not be loaded)</source>
            <translation>course.yaml cite « {0} », mais aucune leçon de ce dossier n'a cet identifiant (ou elle n'a pas pu être chargée)</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only 1 question; lower draw or add questions</source>
            <translation>draw vaut {0} mais le quiz n'a qu'une question ; baissez draw ou ajoutez des questions</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only {1} questions; lower draw or add questions</source>
            <translation>draw vaut {0} mais le quiz n'a que {1} questions ; baissez draw ou ajoutez des questions</translation>
        </message>
        <message>
            <source>duplicate key '{0}' (first written on line {1}); remove one of them</source>
            <translation>clé « {0} » en double (écrite d'abord à la ligne {1}) ; retirez-en une</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}</source>
            <translation>chaque entrée de {0} doit être du texte, pas {1}</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>chaque entrée de {0} doit être du texte, pas {1} ; YAML lit yes/no/y/n/true/false/on/off comme vrai ou faux : mettez le texte entre guillemets</translation>
        </message>
        <message>
            <source>it does not exist (looked for {0})</source>
            <translation>il n'existe pas (cherché : {0})</translation>
        </message>
        <message>
            <source>it is not a regular file (a folder, a device or a pipe?)</source>
            <translation>ce n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube ?)</translation>
        </message>
        <message>
            <source>it is not an image; use a PNG, JPEG or SVG file</source>
            <translation>ce n'est pas une image ; utilisez un fichier PNG, JPEG ou SVG</translation>
        </message>
        <message>
            <source>it leads outside the library folder (through a symbolic link)</source>
            <translation>il mène hors du dossier de la bibliothèque (par un lien symbolique)</translation>
        </message>
        <message>
            <source>merge keys '&lt;&lt;' are not supported in lessons</source>
            <translation>les clés de fusion « &lt;&lt; » ne sont pas acceptées dans les leçons</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>ce fichier n'existe pas</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>ce fichier ou dossier n'existe pas</translation>
        </message>
        <message>
            <source>none (give the pages an id)</source>
            <translation>aucun (donnez un identifiant aux pages)</translation>
        </message>
        <message>
            <source>not valid YAML: {0}</source>
            <translation>YAML non valide : {0}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>one of the listed words</source>
            <translation>l'un des mots de la liste</translation>
        </message>
        <message>
            <source>page "{0}"</source>
            <translation>la page « {0} »</translation>
        </message>
        <message>
            <source>page "{0}" has an image but no "image_alt": describe the image for students who cannot see it</source>
            <translation>la page « {0} » a une image mais pas de « image_alt » : décrivez l'image pour les élèves qui ne peuvent pas la voir</translation>
        </message>
        <message>
            <source>page id "{0}" is used twice (first on line {1}); page ids must be unique</source>
            <translation>l'identifiant de page « {0} » est utilisé deux fois (d'abord à la ligne {1}) ; chaque page doit avoir son propre identifiant</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>la page {0}</translation>
        </message>
        <message>
            <source>question "{0}"</source>
            <translation>la question « {0} »</translation>
        </message>
        <message>
            <source>question id "{0}" is used twice (first on line {1}); question ids must be unique in a lesson</source>
            <translation>l'identifiant de question « {0} » est utilisé deux fois (d'abord à la ligne {1}) ; dans une leçon, chaque question doit avoir son propre identifiant</translation>
        </message>
        <message>
            <source>question {0}</source>
            <translation>la question {0}</translation>
        </message>
        <message>
            <source>requires "{0}", which is in a cycle of requirements; until it is fixed, the lesson opens without it</source>
            <translation>demande « {0} », qui fait partie d'un cercle de conditions ; tant que ce n'est pas corrigé, la leçon s'ouvre sans cette condition</translation>
        </message>
        <message>
            <source>requires "{0}", which is not a lesson in the library; until it is fixed, the lesson opens without it</source>
            <translation>demande « {0} », qui n'est pas une leçon de la bibliothèque ; tant que ce n'est pas corrigé, la leçon s'ouvre sans cette condition</translation>
        </message>
        <message>
            <source>requires makes a cycle ({0}): none of these lessons could ever be opened; remove one of the requirements</source>
            <translation>requires forme un cercle ({0}) : aucune de ces leçons ne pourrait jamais être ouverte ; retirez une des conditions</translation>
        </message>
        <message>
            <source>term {0} of page "{1}"</source>
            <translation>le terme {0} de la page « {1} »</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>the SVG file declares a DOCTYPE or ENTITY, which is not allowed; remove it</source>
            <translation>le fichier SVG déclare un DOCTYPE ou une ENTITY, ce qui n'est pas permis ; retirez-le</translation>
        </message>
        <message>
            <source>the SVG file refers to another file ("{0}"); draw it into the SVG instead</source>
            <translation>le fichier SVG renvoie à un autre fichier (« {0} ») ; dessinez-le plutôt dans le SVG</translation>
        </message>
        <message>
            <source>the file contains a control character (code {0}) that YAML does not allow; delete it</source>
            <translation>le fichier contient un caractère de contrôle (code {0}) que YAML n'accepte pas ; supprimez-le</translation>
        </message>
        <message>
            <source>the file expands to more than {0} values (are aliases '*' repeating each other?); a lesson needs far fewer</source>
            <translation>le fichier donne plus de {0} valeurs (des alias « * » se répètent-ils les uns les autres ?) ; une leçon en demande bien moins</translation>
        </message>
        <message>
            <source>the file is empty; a lesson starts with 'format: 1'</source>
            <translation>le fichier est vide ; une leçon commence par « format: 1 »</translation>
        </message>
        <message>
            <source>the file is nested more than {0} levels deep</source>
            <translation>le fichier a plus de {0} niveaux d'imbrication</translation>
        </message>
        <message>
            <source>the file is nested too deeply ({0})</source>
            <translation>le fichier est trop imbriqué ({0})</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (byte 0x{0} cannot be read); save it from your editor with the encoding UTF-8</source>
            <translation>le fichier n'est pas en UTF-8 (l'octet 0x{0} ne peut pas être lu) ; enregistrez-le depuis votre éditeur avec l'encodage UTF-8</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16; save it as UTF-8 instead</source>
            <translation>le fichier est enregistré en UTF-16 ; enregistrez-le plutôt en UTF-8</translation>
        </message>
        <message>
            <source>the file is {0} MB; a lesson file may be at most {1} MB (split it, or move large text out of it)</source>
            <translation>le fichier fait {0} Mo ; un fichier de leçon peut faire au plus {1} Mo (coupez-le, ou sortez-en les longs textes)</translation>
        </message>
        <message>
            <source>the file is {0} MB; an image may be at most {1} MB (save it smaller)</source>
            <translation>le fichier fait {0} Mo ; une image peut faire au plus {1} Mo (enregistrez-la plus petite)</translation>
        </message>
        <message>
            <source>the image "{0}" cannot be used: {1}</source>
            <translation>l'image « {0} » ne peut pas être utilisée : {1}</translation>
        </message>
        <message>
            <source>the image "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>l'image « {0} » n'existe pas (cherchée à {1}) ; vérifiez le nom et le dossier</translation>
        </message>
        <message>
            <source>the lesson</source>
            <translation>la leçon</translation>
        </message>
        <message>
            <source>the lesson id "{0}" is already used by {1}; lesson ids must be unique in a library</source>
            <translation>l'identifiant de leçon « {0} » est déjà pris par {1} ; chaque leçon d'une bibliothèque doit avoir le sien</translation>
        </message>
        <message>
            <source>the library folder does not exist</source>
            <translation>le dossier de la bibliothèque n'existe pas</translation>
        </message>
        <message>
            <source>the number {0}</source>
            <translation>le nombre {0}</translation>
        </message>
        <message>
            <source>the path contains a NUL character</source>
            <translation>le chemin contient un caractère NUL</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>le chemin est vide</translation>
        </message>
        <message>
            <source>the picture is {0} × {1} pixels; at most {2} on a side and {3} million in all can be shown (save it smaller)</source>
            <translation>l'image fait {0} × {1} pixels ; au plus {2} par côté et {3} millions en tout peuvent être affichés (enregistrez-la plus petite)</translation>
        </message>
        <message>
            <source>the quiz</source>
            <translation>le quiz</translation>
        </message>
        <message>
            <source>the quiz has no questions; add some or remove the quiz</source>
            <translation>le quiz n'a pas de questions ; ajoutez-en ou retirez le quiz</translation>
        </message>
        <message>
            <source>the quiz has only 1 question; three or more give a fairer score</source>
            <translation>le quiz n'a qu'une question ; avec trois ou plus, la note est plus juste</translation>
        </message>
        <message>
            <source>the quiz has only 2 questions; three or more give a fairer score</source>
            <translation>le quiz n'a que 2 questions ; avec trois ou plus, la note est plus juste</translation>
        </message>
        <message>
            <source>the source file "{0}" cannot be used: {1}</source>
            <translation>le fichier source « {0} » ne peut pas être utilisé : {1}</translation>
        </message>
        <message>
            <source>the source file "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>le fichier source « {0} » n'existe pas (cherché à {1}) ; vérifiez le nom et le dossier</translation>
        </message>
        <message>
            <source>the source file "{0}" is not UTF-8 text; save it as UTF-8</source>
            <translation>le fichier source « {0} » n'est pas un texte UTF-8 ; enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <source>the source file "{0}" is {1} MB; a source text may be at most {2} MB (keep the part the lesson quotes)</source>
            <translation>le fichier source « {0} » fait {1} Mo ; un texte source peut faire au plus {2} Mo (gardez la partie que la leçon cite)</translation>
        </message>
        <message>
            <source>the text "{0}"</source>
            <translation>le texte « {0} »</translation>
        </message>
        <message>
            <source>the weights above 0 of {0} add up to {1}%; they must add up to 100%, so that picking every right choice gives full marks</source>
            <translation>les poids supérieurs à 0 de {0} font {1} % au total ; ils doivent faire 100 %, pour que choisir tous les bons choix donne la note maximale</translation>
        </message>
        <message>
            <source>this folder cannot be read ({0}); its lessons are missing</source>
            <translation>ce dossier ne peut pas être lu ({0}) ; ses leçons manquent</translation>
        </message>
        <message>
            <source>this is a binary file, not a YAML text file</source>
            <translation>c'est un fichier binaire, pas un fichier texte YAML</translation>
        </message>
        <message>
            <source>this is not a regular file (a folder, a device or a pipe?)</source>
            <translation>ce n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube ?)</translation>
        </message>
        <message>
            <source>this looks like a course file; name it course.yaml</source>
            <translation>cela ressemble à un fichier de cours ; nommez-le course.yaml</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>trop grand</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; did you mean "{2}"?</source>
            <translation>clé inconnue « {0} » dans {1} ; vouliez-vous dire « {2} » ?</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; known keys here: {2}</source>
            <translation>clé inconnue « {0} » dans {1} ; clés possibles ici : {2}</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; use a plain list or mapping</source>
            <translation>type YAML non accepté {0} ; utilisez une simple liste ou un ensemble de clés</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; write plain text instead</source>
            <translation>type YAML non accepté {0} ; écrivez plutôt du texte simple</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit</source>
            <translation>{0} « {1} » n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit; for example "{2}"</source>
            <translation>{0} « {1} » n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre ; par exemple « {2} »</translation>
        </message>
        <message>
            <source>{0} has 0 choices; give it two or more</source>
            <translation>{0} n'a aucun choix ; donnez-lui-en deux ou plus</translation>
        </message>
        <message>
            <source>{0} has 1 choice; give it two or more</source>
            <translation>{0} n'a qu'un choix ; donnez-lui-en deux ou plus</translation>
        </message>
        <message>
            <source>{0} has a quote, but the lesson has no source file to check it against; add source: file: with a copy of the source text</source>
            <translation>{0} a une citation, mais la leçon n'a pas de fichier source pour la vérifier ; ajoutez source: file: avec une copie du texte source</translation>
        </message>
        <message>
            <source>{0} has no "choices": give it two or more (or use type: true_false)</source>
            <translation>{0} n'a pas de « choices » : donnez-lui-en deux ou plus (ou utilisez type: true_false)</translation>
        </message>
        <message>
            <source>{0} has no correct choice; mark the right ones with correct: true</source>
            <translation>{0} n'a aucun bon choix ; marquez les bons avec correct: true</translation>
        </message>
        <message>
            <source>{0} has no explanation; students learn more when told why</source>
            <translation>{0} n'a pas d'explication ; les élèves apprennent davantage quand on leur dit pourquoi</translation>
        </message>
        <message>
            <source>{0} has the choice "{1}" but its choices are shuffled, so "{2}" may not come last; set shuffle: false on the question</source>
            <translation>{0} a le choix « {1} » mais ses choix sont mélangés, donc « {2} » peut ne pas venir en dernier ; mettez shuffle: false sur la question</translation>
        </message>
        <message>
            <source>{0} has two choices with the same text "{1}" (lines {2} and {3}); every choice must differ</source>
            <translation>{0} a deux choix au même texte « {1} » (lignes {2} et {3}) ; chaque choix doit être différent</translation>
        </message>
        <message>
            <source>{0} has weights, and they say how it scores: remove "scoring"</source>
            <translation>{0} a des poids, et ce sont eux qui disent comment elle est notée : retirez « scoring »</translation>
        </message>
        <message>
            <source>{0} is empty; write some text</source>
            <translation>{0} est vide ; écrivez du texte</translation>
        </message>
        <message>
            <source>{0} is missing the required key "{1}" ({2})</source>
            <translation>il manque à {0} la clé obligatoire « {1} » ({2})</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs a choice worth 100% (weight: 100 or correct: true); its best choice is worth {1}%</source>
            <translation>{0} est à choix unique et il lui faut un choix qui vaut 100 % (weight: 100 ou correct: true) ; son meilleur choix vaut {1} %</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; keep one, or set type: multiple</source>
            <translation>{0} est à choix unique et demande exactement un bon choix, mais en a {1} ; gardez-en un, ou mettez type: multiple</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; mark the right one with correct: true</source>
            <translation>{0} est à choix unique et demande exactement un bon choix, mais en a {1} ; marquez le bon avec correct: true</translation>
        </message>
        <message>
            <source>{0} is true_false but has no "answer": write answer: true or false</source>
            <translation>{0} est true_false mais n'a pas de « answer » : écrivez answer: true ou false</translation>
        </message>
        <message>
            <source>{0} is true_false: remove its choices and write answer: true or answer: false</source>
            <translation>{0} est true_false : retirez ses choix et écrivez answer: true ou answer: false</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be at least {2}</source>
            <translation>{0} vaut {1} ; il doit valoir au moins {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be between {2} and {3}</source>
            <translation>{0} vaut {1} ; il doit être entre {2} et {3}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be more than {2}</source>
            <translation>{0} vaut {1} ; il doit être supérieur à {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be {2}</source>
            <translation>{0} vaut {1} ; il doit valoir {2}</translation>
        </message>
        <message>
            <source>{0} looks like a number but is not one; put it in quotes if it is text</source>
            <translation>{0} ressemble à un nombre mais n'en est pas un ; mettez-le entre guillemets si c'est du texte</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}</source>
            <translation>{0} doit être un identifiant (lettres minuscules, chiffres et tirets), pas {1}</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the id in quotes</source>
            <translation>{0} doit être un identifiant (lettres minuscules, chiffres et tirets), pas {1} ; YAML lit yes/no/y/n/true/false/on/off comme vrai ou faux : mettez l'identifiant entre guillemets</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}</source>
            <translation>{0} doit être l'un de {1}, pas {2}</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}; did you mean "{3}"?</source>
            <translation>{0} doit être l'un de {1}, pas {2} ; vouliez-vous dire « {3} » ?</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}</source>
            <translation>{0} doit être {1}, pas {2}</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>{0} doit être {1}, pas {2} ; YAML lit yes/no/y/n/true/false/on/off comme vrai ou faux : mettez le texte entre guillemets</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; it is empty</source>
            <translation>{0} doit être {1}, pas {2} ; il est vide</translation>
        </message>
        <message>
            <source>{0}: "{1}" in its {2} is not shown: background images and style sheets are never loaded; use an image instead</source>
            <translation>{0} : « {1} » dans son {2} n'est pas affiché : les images de fond et les feuilles de style ne sont jamais chargées ; utilisez plutôt une image</translation>
        </message>
        <message>
            <source>{0}: see "{1}" names no page of this lesson; page ids here: {2}</source>
            <translation>{0} : see « {1} » ne désigne aucune page de cette leçon ; identifiants des pages ici : {2}</translation>
        </message>
        <message>
            <source>{0}: the image "{1}" in its {2} cannot be used: {3}</source>
            <translation>{0} : l'image « {1} » dans son {2} ne peut pas être utilisée : {3}</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; no passage of it has a word of the quote</source>
            <translation>{0} : la citation n'est pas dans le fichier source {1} ; aucun passage n'a un mot de la citation</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; the closest passage is: "{2}"</source>
            <translation>{0} : la citation n'est pas dans le fichier source {1} ; le passage le plus proche est : « {2} »</translation>
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
        <message>
            <source>line {0}, column {1}: error: {2}</source>
            <translation>ligne {0}, colonne {1} : erreur : {2}</translation>
        </message>
        <message>
            <source>line {0}, column {1}: warning: {2}</source>
            <translation>ligne {0}, colonne {1} : avertissement : {2}</translation>
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
        <name>problems</name>
        <message>
            <source>{0}, line {1}, warning: {2}</source>
            <translation>{0}, ligne {1}, avertissement : {2}</translation>
        </message>
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, ligne {1} : {2}</translation>
        </message>
        <message>
            <source>{0}, warning: {1}</source>
            <translation>{0}, avertissement : {1}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0} : {1}</translation>
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
            <source>pass mark {0}%</source>
            <translation>note pour réussir {0} %</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n point(s)</source>
            <translation>
                <numerusform>{0} sur %n point</numerusform>
                <numerusform>{0} sur %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n question(s) right</source>
            <translation>
                <numerusform>{0} question juste sur %n</numerusform>
                <numerusform>{0} questions justes sur %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} sur {1}</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} sur {1} points</translation>
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
        <name>settings</name>
        <message>
            <source>"endpoint" in lrs has a space in it</source>
            <translation>« endpoint » de lrs contient une espace</translation>
        </message>
        <message>
            <source>"endpoint" in lrs is not a web address</source>
            <translation>« endpoint » de lrs n'est pas une adresse web</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not end with ?... or #...</source>
            <translation>« endpoint » de lrs ne doit pas finir par ?... ou #...</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not hold a user name or password (write them under lrs: username and password_file)</source>
            <translation>« endpoint » de lrs ne doit contenir ni nom d'utilisateur ni mot de passe (écrivez-les sous lrs : username et password_file)</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must start with https:// (or http://) and a host name</source>
            <translation>« endpoint » de lrs doit commencer par https:// (ou http://) et un nom d'hôte</translation>
        </message>
        <message>
            <source>"language" in settings must be a language code such as ar, en, es, fr, ko, or system</source>
            <translation>« language » des réglages doit être un code de langue comme ar, en, es, fr, ko, ou system</translation>
        </message>
        <message>
            <source>"password" in lrs is empty</source>
            <translation>« password » de lrs est vide</translation>
        </message>
        <message>
            <source>"password" in lrs must be one line of text (put it in quotes)</source>
            <translation>« password » de lrs doit être une ligne de texte (mettez-le entre guillemets)</translation>
        </message>
        <message>
            <source>"roster" in settings has no names</source>
            <translation>« roster » des réglages n'a aucun nom</translation>
        </message>
        <message>
            <source>"roster" in settings is empty; write a list of names or the path of a file</source>
            <translation>« roster » des réglages est vide ; écrivez une liste de noms ou le chemin d'un fichier</translation>
        </message>
        <message>
            <source>"school" in settings must be a web address such as https://school.example.org</source>
            <translation>« school » des réglages doit être une adresse web comme https://school.example.org</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0} (did you mean "{1}"?); until it is fixed, students sign in with pictures</source>
            <translation>« student_sign_in » des réglages doit être picture ou pin, pas {0} (vouliez-vous dire « {1} » ?) ; en attendant, les élèves se connectent avec des images</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0}; until it is fixed, students sign in with pictures</source>
            <translation>« student_sign_in » des réglages doit être picture ou pin, pas {0} ; en attendant, les élèves se connectent avec des images</translation>
        </message>
        <message>
            <source>"username" in lrs cannot have ":" in it (HTTP Basic)</source>
            <translation>« username » de lrs ne peut pas contenir « : » (HTTP Basic)</translation>
        </message>
        <message>
            <source>"{0}" cannot be used as a path ({1})</source>
            <translation>« {0} » ne peut pas servir de chemin ({1})</translation>
        </message>
        <message>
            <source>"{0}" is in the roster twice (first on line {1}); listed once</source>
            <translation>« {0} » est deux fois dans la liste (d'abord ligne {1}) ; gardé une fois</translation>
        </message>
        <message>
            <source>The LRS's xAPI address (http or https); statements are sent to &lt;endpoint&gt;statements.</source>
            <translation>L'adresse xAPI du LRS (http ou https) ; les relevés sont envoyés à &lt;endpoint&gt;statements.</translation>
        </message>
        <message>
            <source>The user name (HTTP Basic) the LRS gave this machine.</source>
            <translation>Le nom d'utilisateur (HTTP Basic) que le LRS a donné à cet ordinateur.</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>un ensemble de clés</translation>
        </message>
        <message>
            <source>a name cannot contain characters that change the direction of the text; this name is left out</source>
            <translation>un nom ne peut pas contenir de caractères qui changent le sens du texte ; ce nom est laissé de côté</translation>
        </message>
        <message>
            <source>a name cannot contain characters that have no letter or sign to show; this name is left out</source>
            <translation>un nom ne peut pas contenir de caractères sans lettre ni signe à afficher ; ce nom est laissé de côté</translation>
        </message>
        <message>
            <source>a name cannot contain invisible characters; this name is left out</source>
            <translation>un nom ne peut pas contenir de caractères invisibles ; ce nom est laissé de côté</translation>
        </message>
        <message>
            <source>an entry of lesson_folders is empty; write a folder path</source>
            <translation>une entrée de lesson_folders est vide ; écrivez le chemin d'un dossier</translation>
        </message>
        <message>
            <source>cannot read the password file "{0}" ({1})</source>
            <translation>impossible de lire le fichier du mot de passe « {0} » ({1})</translation>
        </message>
        <message>
            <source>cannot read the roster file "{0}" ({1})</source>
            <translation>impossible de lire le fichier de la liste « {0} » ({1})</translation>
        </message>
        <message>
            <source>cannot read the settings file ({0}); the app uses its default settings, and kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>impossible de lire le fichier des réglages ({0}) ; l'application prend ses réglages par défaut, et le mode kiosque est ACTIVÉ car elle ne peut pas savoir si ce fichier le demande</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>it is {0} MB, too large for a list of names</source>
            <translation>il fait {0} Mo, trop pour une liste de noms</translation>
        </message>
        <message>
            <source>it is {0} MB; a settings file is a few lines long</source>
            <translation>il fait {0} Mo ; un fichier de réglages fait quelques lignes</translation>
        </message>
        <message>
            <source>kiosk mode is ON because "{0}" looks like "kiosk"; write kiosk: true or kiosk: false</source>
            <translation>le mode kiosque est ACTIVÉ car « {0} » ressemble à « kiosk » ; écrivez kiosk: true ou kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>le mode kiosque est ACTIVÉ car l'application ne peut pas savoir si ce fichier le demande</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this line cannot be read; write kiosk: true or kiosk: false</source>
            <translation>le mode kiosque est ACTIVÉ car cette ligne ne peut pas être lue ; écrivez kiosk: true ou kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this setting cannot be read; write kiosk: true or kiosk: false</source>
            <translation>le mode kiosque est ACTIVÉ car ce réglage ne peut pas être lu ; écrivez kiosk: true ou kiosk: false</translation>
        </message>
        <message>
            <source>lrs has both "password" and "password_file"; keep one (password_file is safer)</source>
            <translation>lrs a à la fois « password » et « password_file » ; gardez-en un (password_file est plus sûr)</translation>
        </message>
        <message>
            <source>lrs needs "password_file" (or "password"): what the LRS gave with the user name</source>
            <translation>lrs a besoin de « password_file » (ou « password ») : ce que le LRS a donné avec le nom d'utilisateur</translation>
        </message>
        <message>
            <source>lrs needs school: the address naming the school (for example school: https://school.example.org); nothing is sent until then</source>
            <translation>lrs a besoin de school : l'adresse qui nomme l'école (par exemple school: https://school.example.org) ; rien n'est envoyé d'ici là</translation>
        </message>
        <message>
            <source>the CSV file cannot be read: {0}</source>
            <translation>le fichier CSV ne peut pas être lu : {0}</translation>
        </message>
        <message>
            <source>the lesson folder "{0}" does not exist ({1})</source>
            <translation>le dossier de leçons « {0} » n'existe pas ({1})</translation>
        </message>
        <message>
            <source>the name "{0}..." is longer than {1} characters</source>
            <translation>le nom « {0}... » dépasse {1} caractères</translation>
        </message>
        <message>
            <source>the password file "{0}" does not exist ({1})</source>
            <translation>le fichier du mot de passe « {0} » n'existe pas ({1})</translation>
        </message>
        <message>
            <source>the password file "{0}" is not UTF-8 text</source>
            <translation>le fichier du mot de passe « {0} » n'est pas un texte UTF-8</translation>
        </message>
        <message>
            <source>the password file "{0}" is {1} bytes; it should hold the password alone</source>
            <translation>le fichier du mot de passe « {0} » fait {1} octets ; il ne doit contenir que le mot de passe</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line</source>
            <translation>le fichier du mot de passe « {0} » ne doit contenir que le mot de passe, sur une ligne</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line (it is empty)</source>
            <translation>le fichier du mot de passe « {0} » ne doit contenir que le mot de passe, sur une ligne (il est vide)</translation>
        </message>
        <message>
            <source>the roster file "{0}" does not exist ({1})</source>
            <translation>le fichier de la liste « {0} » n'existe pas ({1})</translation>
        </message>
        <message>
            <source>the roster file "{0}" has no names</source>
            <translation>le fichier de la liste « {0} » n'a aucun nom</translation>
        </message>
        <message>
            <source>the roster file is not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')</source>
            <translation>le fichier de la liste n'est pas en UTF-8 ; enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 »)</translation>
        </message>
        <message>
            <source>the settings file</source>
            <translation>le fichier de réglages</translation>
        </message>
        <message>
            <source>the settings file cannot be found ({0}); the app uses its default settings</source>
            <translation>le fichier des réglages est introuvable ({0}) ; l'application prend ses réglages par défaut</translation>
        </message>
        <message>
            <source>the settings file does not exist; the app uses its default settings</source>
            <translation>le fichier des réglages n'existe pas ; l'application prend ses réglages par défaut</translation>
        </message>
        <message>
            <source>this name looks the same as "{0}" (line {1}) on the name screen; it is left out: tell them apart, e.g. with an initial</source>
            <translation>ce nom ressemble à « {0} » (ligne {1}) sur l'écran des noms ; il est laissé de côté : distinguez-les, par exemple par une initiale</translation>
        </message>
        <message>
            <source>{0}; the app uses its default settings</source>
            <translation>{0} ; l'application prend ses réglages par défaut</translation>
        </message>
        <message>
            <source>{0}; write the LRS's xAPI address, for example https://lrs.example.org/xapi/</source>
            <translation>{0} ; écrivez l'adresse xAPI du LRS, par exemple https://lrs.example.org/xapi/</translation>
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
        <name>store</name>
        <message>
            <source>A name can be at most {0} characters long.</source>
            <translation>Un nom peut avoir au plus {0} caractères.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that change the direction of the text.</source>
            <translation>Un nom ne peut pas contenir de caractères qui changent le sens du texte.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that have no letter or sign to show.</source>
            <translation>Un nom ne peut pas contenir de caractères sans lettre ni signe à afficher.</translation>
        </message>
        <message>
            <source>A name cannot contain invisible characters.</source>
            <translation>Un nom ne peut pas contenir de caractères invisibles.</translation>
        </message>
        <message>
            <source>A new score database cannot be created at {0}.</source>
            <translation>Une nouvelle base des scores ne peut pas être créée dans {0}.</translation>
        </message>
        <message>
            <source>Another program is using the score database in {0}, so answers cannot be saved just now. Close that program (a database viewer, a backup or sync tool), then try again.</source>
            <translation>Un autre programme utilise la base des scores dans {0} : les réponses ne peuvent pas être enregistrées pour l'instant. Fermez ce programme (un lecteur de bases de données, un outil de sauvegarde ou de synchronisation), puis réessayez.</translation>
        </message>
        <message>
            <source>Please type a name.</source>
            <translation>Tapez un nom.</translation>
        </message>
        <message>
            <source>The backup {0} does not exist.</source>
            <translation>La sauvegarde {0} n'existe pas.</translation>
        </message>
        <message>
            <source>The backup {0} is damaged or not a lessonapp backup; nothing was changed.</source>
            <translation>La sauvegarde {0} est abîmée ou n'est pas une sauvegarde de lessonapp ; rien n'a été changé.</translation>
        </message>
        <message>
            <source>The disk that holds {0} could not be read or written. Check that it is still connected, then try again; if it happens again, tell a teacher.</source>
            <translation>Le disque qui contient {0} n'a pas pu être lu ou écrit. Vérifiez qu'il est toujours branché, puis réessayez ; si cela se reproduit, prévenez un enseignant.</translation>
        </message>
        <message>
            <source>The disk that holds {0} is full, so answers cannot be saved. Free some space on it (or ask a teacher to), then try again.</source>
            <translation>Le disque qui contient {0} est plein : les réponses ne peuvent pas être enregistrées. Libérez de la place (ou demandez-le à un enseignant), puis réessayez.</translation>
        </message>
        <message>
            <source>The folder {0} cannot be created ({1}).</source>
            <translation>Le dossier {0} ne peut pas être créé ({1}).</translation>
        </message>
        <message>
            <source>The score database could not be read (it is damaged or not a database), so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>La base des scores n'a pas pu être lue (elle est abîmée ou ce n'est pas une base de données) : elle est gardée sous le nom {0}, et une nouvelle base, vide, a été créée dans {1}.</translation>
        </message>
        <message>
            <source>The score database has no machine id; it was not made by lessonapp.</source>
            <translation>La base des scores n'a pas d'identifiant de machine : elle n'a pas été créée par lessonapp.</translation>
        </message>
        <message>
            <source>The score database in {0} cannot be used just now ({1}). Try again, or tell a teacher.</source>
            <translation>La base des scores dans {0} ne peut pas servir pour l'instant ({1}). Réessayez, ou prévenez un enseignant.</translation>
        </message>
        <message>
            <source>The score database in {0} lost its journal file and is busy, so answers cannot be saved just now. Try again in a moment.</source>
            <translation>La base des scores dans {0} a perdu son fichier journal et elle est occupée : les réponses ne peuvent pas être enregistrées pour l'instant. Réessayez dans un moment.</translation>
        </message>
        <message>
            <source>The score database in {0} seems to be damaged. Close lessonapp and open it again: it keeps the damaged file aside and starts a new one.</source>
            <translation>La base des scores dans {0} semble abîmée. Fermez lessonapp et rouvrez-le : il met le fichier abîmé de côté et en commence un nouveau.</translation>
        </message>
        <message>
            <source>The score database is not a lessonapp score database, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>La base des scores n'est pas une base de scores de lessonapp : elle est gardée sous le nom {0}, et une nouvelle base, vide, a été créée dans {1}.</translation>
        </message>
        <message>
            <source>The score database was written by a newer version of lessonapp, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>La base des scores a été écrite par une version plus récente de lessonapp : elle est gardée sous le nom {0}, et une nouvelle base, vide, a été créée dans {1}.</translation>
        </message>
        <message>
            <source>The score database {0} cannot be used and could not be set aside ({1}).</source>
            <translation>La base des scores {0} ne peut pas servir et n'a pas pu être mise de côté ({1}).</translation>
        </message>
        <message>
            <source>The score database {0} could not be read (it is damaged or not a database).</source>
            <translation>La base des scores {0} n'a pas pu être lue (elle est abîmée ou ce n'est pas une base de données).</translation>
        </message>
        <message>
            <source>The score database {0} is not a lessonapp score database.</source>
            <translation>La base des scores {0} n'est pas une base de scores de lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by a newer version of lessonapp.</source>
            <translation>La base des scores {0} a été écrite par une version plus récente de lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by an older version of lessonapp; open lessonapp once (in a folder it can write to) to bring it up to date.</source>
            <translation>La base des scores {0} a été écrite par une version plus ancienne de lessonapp ; ouvrez lessonapp une fois (dans un dossier où il peut écrire) pour la mettre à jour.</translation>
        </message>
        <message>
            <source>The score database's journal file ({0}-wal in {1}) was deleted while lessonapp was running, perhaps by a cleaning or sync program. Every answer given so far was kept: lessonapp wrote them into {0} and goes on. Please keep such programs away from the folder {1}.</source>
            <translation>Le fichier journal de la base des scores ({0}-wal dans {1}) a été supprimé pendant que lessonapp tournait, peut-être par un programme de nettoyage ou de synchronisation. Toutes les réponses données jusqu'ici sont gardées : lessonapp les a écrites dans {0} et continue. Tenez ces programmes à l'écart du dossier {1}.</translation>
        </message>
        <message>
            <source>There is already a student called {0}.</source>
            <translation>Il y a déjà un élève qui s'appelle {0}.</translation>
        </message>
        <message>
            <source>There is no score database at {0}.</source>
            <translation>Il n'y a pas de base des scores dans {0}.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list; add something that tells you apart, such as an initial.</source>
            <translation>Ce nom ressemble à {0}, qui est déjà dans la liste ; ajoutez de quoi vous distinguer, comme une initiale.</translation>
        </message>
        <message>
            <source>lessonapp cannot save in the folder {0}: it (or the score database in it) is read-only. Lessons can still be read, but answers are not saved until a teacher makes it writable and restarts lessonapp.</source>
            <translation>lessonapp ne peut pas enregistrer dans le dossier {0} : il (ou la base des scores qu'il contient) est en lecture seule. Les leçons peuvent toujours être lues, mais les réponses ne sont pas enregistrées tant qu'un enseignant ne l'a pas rendu modifiable et n'a pas relancé lessonapp.</translation>
        </message>
        <message>
            <source>lessonapp is already open on the data folder {0}: use the window that is open, or close it and try again.</source>
            <translation>lessonapp est déjà ouvert sur le dossier de données {0} : utilisez la fenêtre ouverte, ou fermez-la et réessayez.</translation>
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
