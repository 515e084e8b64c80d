<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>lessonapp is already open</source>
            <translation>lessonapp ya está abierto</translation>
        </message>
        <message>
            <source>lessonapp ran into a problem it did not expect. The answers given so far are saved. If it happens again, please give your teacher the file {0}.</source>
            <translation>lessonapp tuvo un problema inesperado. Las respuestas que ya diste están guardadas. Si vuelve a pasar, dale a tu docente el archivo {0}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>About your scores</source>
            <translation>Sobre tus puntuaciones</translation>
        </message>
        <message>
            <source>Enter the teacher PIN to open the teacher area.</source>
            <translation>Escriba el PIN docente para abrir el área docente.</translation>
        </message>
        <message>
            <source>Kiosk mode is on but no teacher PIN is set, so nobody can leave the app or open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>El modo quiosco está activado pero no hay PIN docente, así que nadie puede salir de la aplicación ni abrir el área docente. Defina uno en una terminal con: lessonapp set-pin</translation>
        </message>
        <message>
            <source>No teacher PIN</source>
            <translation>Sin PIN docente</translation>
        </message>
        <message>
            <source>The lesson has changed</source>
            <translation>La lección ha cambiado</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>El cuestionario no puede empezar</translation>
        </message>
        <message>
            <source>The score database seems to be damaged, and it could not be set aside ({0}). Please tell your teacher.</source>
            <translation>El archivo de puntuaciones parece dañado y no se pudo apartar ({0}). Avisa a tu docente.</translation>
        </message>
        <message>
            <source>The settings file has problems</source>
            <translation>El archivo de configuración tiene problemas</translation>
        </message>
        <message>
            <source>This quiz has changed since you left it, so it starts again from the beginning.</source>
            <translation>Este cuestionario cambió desde que lo dejaste, así que empieza otra vez desde el principio.</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>Artículo original</translation>
        </message>
        <message>
            <source>The article cannot be shown: it is not UTF-8 text</source>
            <translation>No se puede mostrar el artículo: no es texto UTF-8</translation>
        </message>
        <message>
            <source>The article cannot be shown: {0}</source>
            <translation>No se puede mostrar el artículo: {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia ahora</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backups of the score database</source>
            <translation>Copias de seguridad de las puntuaciones</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, la más reciente primero</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Kept in {0}</source>
            <translation>Guardadas en {0}</translation>
        </message>
        <message>
            <source>R&amp;estore…</source>
            <translation>R&amp;estaurar…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Restaurar la copia elegida</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Hecha el</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Last {0}% ({1}).</source>
            <translation>Última: {0} % ({1}).</translation>
        </message>
        <message>
            <source>Lowest {0}% ({1}); highest {2}% ({3}).</source>
            <translation>La más baja: {0} % ({1}); la más alta: {2} % ({3}).</translation>
        </message>
        <message>
            <source>No data.</source>
            <translation>Sin datos.</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>la línea</translation>
        </message>
        <message>
            <source>{0} bars.</source>
            <translation>{0} barras.</translation>
        </message>
        <message>
            <source>{0} of {1} at or above {2} ({3}%).</source>
            <translation>{0} de {1} llegan a {2} o más ({3} %).</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>◐ your answer, partly right</source>
            <translation>◐ tu respuesta, en parte correcta</translation>
        </message>
        <message>
            <source>✓ right answer</source>
            <translation>✓ respuesta correcta</translation>
        </message>
        <message>
            <source>✓ your answer, right</source>
            <translation>✓ tu respuesta, correcta</translation>
        </message>
        <message>
            <source>✗ your answer, wrong</source>
            <translation>✗ tu respuesta, incorrecta</translation>
        </message>
    </context>
    <context>
        <name>classroom</name>
        <message>
            <source>fetched 1 statement from the LRS: merged {0}, {1} were here already</source>
            <translation>1 registro recibido del LRS: {0} combinados, {1} ya estaban aquí</translation>
        </message>
        <message>
            <source>fetched {0} statements from the LRS: merged {1}, {2} were here already</source>
            <translation>{0} registros recibidos del LRS: {1} combinados, {2} ya estaban aquí</translation>
        </message>
        <message>
            <source>{0}, {1} are not this school's lessonapp results</source>
            <translation>{0}, {1} no son resultados de lessonapp de esta escuela</translation>
        </message>
        <message>
            <source>{0}, {1} could not be merged</source>
            <translation>{0}, {1} no se pudieron combinar</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>"answer" is only for true_false questions; {0} is {1}: mark its right choices with correct: true (or set type: true_false)</source>
            <translation>«answer» es solo para preguntas true_false; {0} es {1}: marque sus opciones correctas con correct: true (o ponga type: true_false)</translation>
        </message>
        <message>
            <source>"scoring" is only for multiple questions; {0} is {1}</source>
            <translation>«scoring» es solo para preguntas multiple; {0} es {1}</translation>
        </message>
        <message>
            <source>"{0}" in {1}</source>
            <translation>«{0}» en {1}</translation>
        </message>
        <message>
            <source>"{0}" is not an image; use a PNG, JPEG or SVG file</source>
            <translation>«{0}» no es una imagen; use un archivo PNG, JPEG o SVG</translation>
        </message>
        <message>
            <source>'..' is not allowed: the file must be inside the library folder</source>
            <translation>«..» no está permitido: el archivo debe estar dentro de la carpeta de la biblioteca</translation>
        </message>
        <message>
            <source>Lesson ids in the order to show them.</source>
            <translation>Los identificadores de las lecciones, en el orden en que se muestran.</translation>
        </message>
        <message>
            <source>The course's id.</source>
            <translation>El identificador del curso.</translation>
        </message>
        <message>
            <source>The course's title.</source>
            <translation>El título del curso.</translation>
        </message>
        <message>
            <source>The lesson's title.</source>
            <translation>El título de la lección.</translation>
        </message>
        <message>
            <source>The page's title.</source>
            <translation>El título de la página.</translation>
        </message>
        <message>
            <source>The question, in Markdown.</source>
            <translation>La pregunta, en Markdown.</translation>
        </message>
        <message>
            <source>The questions.</source>
            <translation>Las preguntas.</translation>
        </message>
        <message>
            <source>The version of the lesson format: 1.</source>
            <translation>La versión del formato de las lecciones: 1.</translation>
        </message>
        <message>
            <source>The word or phrase.</source>
            <translation>La palabra o la expresión.</translation>
        </message>
        <message>
            <source>URLs are not allowed: nothing is fetched from the network; copy the file into the library</source>
            <translation>no se permiten direcciones web: no se descarga nada de la red; copie el archivo en la biblioteca</translation>
        </message>
        <message>
            <source>Unique in the library; lowercase letters, digits and hyphens.</source>
            <translation>Único en la biblioteca; letras minúsculas, cifras y guiones.</translation>
        </message>
        <message>
            <source>Unique within the lesson.</source>
            <translation>Único dentro de la lección.</translation>
        </message>
        <message>
            <source>What it means, in plain words.</source>
            <translation>Lo que significa, en palabras sencillas.</translation>
        </message>
        <message>
            <source>What the student sees.</source>
            <translation>Lo que ve el alumno.</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}</source>
            <translation>error de sintaxis YAML: {0}</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; check the indentation of this line and the one before</source>
            <translation>error de sintaxis YAML: {0}; revise la sangría de esta línea y de la anterior</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; does text go on after a closing quote? Quote the whole value, or check the indentation</source>
            <translation>error de sintaxis YAML: {0}; ¿sigue texto después de unas comillas de cierre? Ponga todo el valor entre comillas, o revise la sangría</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; is this line indented too far, or does a value contain ': '? (put such text in quotes)</source>
            <translation>error de sintaxis YAML: {0}; ¿tiene esta línea demasiada sangría, o un valor contiene «: »? (ponga ese texto entre comillas)</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; text that starts with * (such as **bold**) must be put in quotes</source>
            <translation>error de sintaxis YAML: {0}; un texto que empieza por * (como **negrita**) debe ir entre comillas</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; the items of a list must line up under each other</source>
            <translation>error de sintaxis YAML: {0}; los elementos de una lista deben quedar alineados unos debajo de otros</translation>
        </message>
        <message>
            <source>a course.yaml in a sub-folder is not read; keep one course.yaml at the top of the library folder, or give the sub-folder as a library of its own</source>
            <translation>un course.yaml en una subcarpeta no se lee; deje un solo course.yaml arriba en la carpeta de la biblioteca, o indique la subcarpeta como una biblioteca aparte</translation>
        </message>
        <message>
            <source>a file path</source>
            <translation>una ruta de archivo</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>un número finito</translation>
        </message>
        <message>
            <source>a key must be a plain word, not a list or mapping</source>
            <translation>una clave debe ser una palabra simple, no una lista ni un conjunto de claves</translation>
        </message>
        <message>
            <source>a language tag such as en or ar</source>
            <translation>un código de idioma como en o ar</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a list</source>
            <translation>un archivo de lección debe ser una serie de claves (format:, id:, title: ...), no una lista</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a single value</source>
            <translation>un archivo de lección debe ser una serie de claves (format:, id:, title: ...), no un valor suelto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a list of ids</source>
            <translation>una lista de identificadores</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>una lista de textos</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>un conjunto de claves</translation>
        </message>
        <message>
            <source>a mapping of keys</source>
            <translation>un conjunto de claves</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a tab is used for indentation; indent with spaces only</source>
            <translation>se usa un tabulador para la sangría; use solo espacios</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>absolute paths are not allowed; write the path relative to the lesson file</source>
            <translation>no se permiten rutas absolutas; escriba la ruta a partir del archivo de la lección</translation>
        </message>
        <message>
            <source>an alias refers to the list or mapping it is inside</source>
            <translation>un alias remite a la lista o al conjunto de claves en el que está</translation>
        </message>
        <message>
            <source>an entry of {0}</source>
            <translation>una entrada de {0}</translation>
        </message>
        <message>
            <source>an id (lowercase letters, digits and hyphens)</source>
            <translation>un identificador (letras minúsculas, cifras y guiones)</translation>
        </message>
        <message>
            <source>cannot read the file: {0}</source>
            <translation>no se puede leer el archivo: {0}</translation>
        </message>
        <message>
            <source>cannot read the source file "{0}": {1}</source>
            <translation>no se puede leer el archivo de la fuente «{0}»: {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1}</source>
            <translation>la opción {0} de {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: false but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>la opción {0} de {1} tiene correct: false pero weight {2}; un peso mayor que 0 hace correcta una opción: deje solo el peso</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: true but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>la opción {0} de {1} tiene correct: true pero weight {2}; un peso mayor que 0 hace correcta una opción: deje solo el peso</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id</source>
            <translation>course.yaml menciona «{0}», pero ninguna lección de esta carpeta tiene ese identificador</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id (or it could not be loaded)</source>
            <translation>course.yaml menciona «{0}», pero ninguna lección de esta carpeta tiene ese identificador (o no se pudo cargar)</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only 1 question; lower draw or add questions</source>
            <translation>draw es {0} pero el cuestionario tiene solo 1 pregunta; baje draw o añada preguntas</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only {1} questions; lower draw or add questions</source>
            <translation>draw es {0} pero el cuestionario tiene solo {1} preguntas; baje draw o añada preguntas</translation>
        </message>
        <message>
            <source>duplicate key '{0}' (first written on line {1}); remove one of them</source>
            <translation>clave «{0}» repetida (escrita primero en la línea {1}); quite una de ellas</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}</source>
            <translation>cada entrada de {0} debe ser texto, no {1}</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>cada entrada de {0} debe ser texto, no {1}; YAML lee yes/no/y/n/true/false/on/off como verdadero o falso: ponga el texto entre comillas</translation>
        </message>
        <message>
            <source>it does not exist (looked for {0})</source>
            <translation>no existe (se buscó {0})</translation>
        </message>
        <message>
            <source>it is not a regular file (a folder, a device or a pipe?)</source>
            <translation>no es un archivo normal (¿una carpeta, un dispositivo o una tubería?)</translation>
        </message>
        <message>
            <source>it is not an image; use a PNG, JPEG or SVG file</source>
            <translation>no es una imagen; use un archivo PNG, JPEG o SVG</translation>
        </message>
        <message>
            <source>it leads outside the library folder (through a symbolic link)</source>
            <translation>lleva fuera de la carpeta de la biblioteca (por un enlace simbólico)</translation>
        </message>
        <message>
            <source>merge keys '&lt;&lt;' are not supported in lessons</source>
            <translation>las claves de fusión «&lt;&lt;» no se admiten en las lecciones</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>no existe ese archivo o carpeta</translation>
        </message>
        <message>
            <source>none (give the pages an id)</source>
            <translation>ninguno (dé un identificador a las páginas)</translation>
        </message>
        <message>
            <source>not valid YAML: {0}</source>
            <translation>YAML no válido: {0}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>one of the listed words</source>
            <translation>una de las palabras de la lista</translation>
        </message>
        <message>
            <source>page "{0}"</source>
            <translation>la página «{0}»</translation>
        </message>
        <message>
            <source>page "{0}" has an image but no "image_alt": describe the image for students who cannot see it</source>
            <translation>la página «{0}» tiene una imagen pero no «image_alt»: describa la imagen para los alumnos que no pueden verla</translation>
        </message>
        <message>
            <source>page id "{0}" is used twice (first on line {1}); page ids must be unique</source>
            <translation>el identificador de página «{0}» se usa dos veces (primero en la línea {1}); cada página debe tener su propio identificador</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>la página {0}</translation>
        </message>
        <message>
            <source>question "{0}"</source>
            <translation>la pregunta «{0}»</translation>
        </message>
        <message>
            <source>question id "{0}" is used twice (first on line {1}); question ids must be unique in a lesson</source>
            <translation>el identificador de pregunta «{0}» se usa dos veces (primero en la línea {1}); en una lección, cada pregunta debe tener su propio identificador</translation>
        </message>
        <message>
            <source>question {0}</source>
            <translation>la pregunta {0}</translation>
        </message>
        <message>
            <source>requires "{0}", which is in a cycle of requirements; until it is fixed, the lesson opens without it</source>
            <translation>requiere «{0}», que está en un círculo de requisitos; hasta que se corrija, la lección se abre sin él</translation>
        </message>
        <message>
            <source>requires "{0}", which is not a lesson in the library; until it is fixed, the lesson opens without it</source>
            <translation>requiere «{0}», que no es una lección de la biblioteca; hasta que se corrija, la lección se abre sin él</translation>
        </message>
        <message>
            <source>requires makes a cycle ({0}): none of these lessons could ever be opened; remove one of the requirements</source>
            <translation>requires forma un círculo ({0}): ninguna de estas lecciones se podría abrir nunca; quite uno de los requisitos</translation>
        </message>
        <message>
            <source>term {0} of page "{1}"</source>
            <translation>el término {0} de la página «{1}»</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>the SVG file declares a DOCTYPE or ENTITY, which is not allowed; remove it</source>
            <translation>el archivo SVG declara un DOCTYPE o una ENTITY, lo que no está permitido; quítelo</translation>
        </message>
        <message>
            <source>the SVG file refers to another file ("{0}"); draw it into the SVG instead</source>
            <translation>el archivo SVG remite a otro archivo («{0}»); dibújelo dentro del SVG</translation>
        </message>
        <message>
            <source>the file contains a control character (code {0}) that YAML does not allow; delete it</source>
            <translation>el archivo contiene un carácter de control (código {0}) que YAML no admite; bórrelo</translation>
        </message>
        <message>
            <source>the file expands to more than {0} values (are aliases '*' repeating each other?); a lesson needs far fewer</source>
            <translation>el archivo da más de {0} valores (¿se repiten unos alias «*» entre sí?); una lección necesita muchos menos</translation>
        </message>
        <message>
            <source>the file is empty; a lesson starts with 'format: 1'</source>
            <translation>el archivo está vacío; una lección empieza con «format: 1»</translation>
        </message>
        <message>
            <source>the file is nested more than {0} levels deep</source>
            <translation>el archivo tiene más de {0} niveles de anidamiento</translation>
        </message>
        <message>
            <source>the file is nested too deeply ({0})</source>
            <translation>el archivo está demasiado anidado ({0})</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (byte 0x{0} cannot be read); save it from your editor with the encoding UTF-8</source>
            <translation>el archivo no está en UTF-8 (no se puede leer el byte 0x{0}); guárdelo desde su editor con la codificación UTF-8</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16; save it as UTF-8 instead</source>
            <translation>el archivo está guardado en UTF-16; guárdelo en UTF-8</translation>
        </message>
        <message>
            <source>the file is {0} MB; a lesson file may be at most {1} MB (split it, or move large text out of it)</source>
            <translation>el archivo ocupa {0} MB; un archivo de lección puede ocupar como mucho {1} MB (divídalo o saque de él los textos largos)</translation>
        </message>
        <message>
            <source>the file is {0} MB; an image may be at most {1} MB (save it smaller)</source>
            <translation>el archivo ocupa {0} MB; una imagen puede ocupar como mucho {1} MB (guárdela más pequeña)</translation>
        </message>
        <message>
            <source>the image "{0}" cannot be used: {1}</source>
            <translation>la imagen «{0}» no se puede usar: {1}</translation>
        </message>
        <message>
            <source>the image "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>la imagen «{0}» no existe (se buscó en {1}); revise el nombre y la carpeta</translation>
        </message>
        <message>
            <source>the lesson</source>
            <translation>la lección</translation>
        </message>
        <message>
            <source>the lesson id "{0}" is already used by {1}; lesson ids must be unique in a library</source>
            <translation>el identificador de lección «{0}» ya lo usa {1}; cada lección de una biblioteca debe tener el suyo</translation>
        </message>
        <message>
            <source>the library folder does not exist</source>
            <translation>la carpeta de la biblioteca no existe</translation>
        </message>
        <message>
            <source>the number {0}</source>
            <translation>el número {0}</translation>
        </message>
        <message>
            <source>the path contains a NUL character</source>
            <translation>la ruta contiene un carácter NUL</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>la ruta está vacía</translation>
        </message>
        <message>
            <source>the picture is {0} × {1} pixels; at most {2} on a side and {3} million in all can be shown (save it smaller)</source>
            <translation>la imagen mide {0} × {1} píxeles; se pueden mostrar como mucho {2} por lado y {3} millones en total (guárdela más pequeña)</translation>
        </message>
        <message>
            <source>the quiz</source>
            <translation>el cuestionario</translation>
        </message>
        <message>
            <source>the quiz has no questions; add some or remove the quiz</source>
            <translation>el cuestionario no tiene preguntas; añada algunas o quite el cuestionario</translation>
        </message>
        <message>
            <source>the quiz has only 1 question; three or more give a fairer score</source>
            <translation>el cuestionario tiene solo 1 pregunta; con tres o más la nota es más justa</translation>
        </message>
        <message>
            <source>the quiz has only 2 questions; three or more give a fairer score</source>
            <translation>el cuestionario tiene solo 2 preguntas; con tres o más la nota es más justa</translation>
        </message>
        <message>
            <source>the source file "{0}" cannot be used: {1}</source>
            <translation>el archivo de la fuente «{0}» no se puede usar: {1}</translation>
        </message>
        <message>
            <source>the source file "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>el archivo de la fuente «{0}» no existe (se buscó en {1}); revise el nombre y la carpeta</translation>
        </message>
        <message>
            <source>the source file "{0}" is not UTF-8 text; save it as UTF-8</source>
            <translation>el archivo de la fuente «{0}» no es texto UTF-8; guárdelo como UTF-8</translation>
        </message>
        <message>
            <source>the source file "{0}" is {1} MB; a source text may be at most {2} MB (keep the part the lesson quotes)</source>
            <translation>el archivo de la fuente «{0}» ocupa {1} MB; un texto de fuente puede ocupar como mucho {2} MB (conserve la parte que cita la lección)</translation>
        </message>
        <message>
            <source>the text "{0}"</source>
            <translation>el texto «{0}»</translation>
        </message>
        <message>
            <source>the weights above 0 of {0} add up to {1}%; they must add up to 100%, so that picking every right choice gives full marks</source>
            <translation>los pesos mayores que 0 de {0} suman {1} %; deben sumar 100 %, para que elegir todas las opciones correctas dé la nota máxima</translation>
        </message>
        <message>
            <source>this folder cannot be read ({0}); its lessons are missing</source>
            <translation>no se puede leer esta carpeta ({0}); faltan sus lecciones</translation>
        </message>
        <message>
            <source>this is a binary file, not a YAML text file</source>
            <translation>es un archivo binario, no un archivo de texto YAML</translation>
        </message>
        <message>
            <source>this is not a regular file (a folder, a device or a pipe?)</source>
            <translation>no es un archivo normal (¿una carpeta, un dispositivo o una tubería?)</translation>
        </message>
        <message>
            <source>this looks like a course file; name it course.yaml</source>
            <translation>parece un archivo de curso; llámelo course.yaml</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>demasiado grande</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; did you mean "{2}"?</source>
            <translation>clave desconocida «{0}» en {1}; ¿quería decir «{2}»?</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; known keys here: {2}</source>
            <translation>clave desconocida «{0}» en {1}; claves posibles aquí: {2}</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; use a plain list or mapping</source>
            <translation>tipo YAML no admitido {0}; use una lista simple o un conjunto de claves</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; write plain text instead</source>
            <translation>tipo YAML no admitido {0}; escriba texto simple en su lugar</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit</source>
            <translation>{0} «{1}» no es un identificador válido: use letras minúsculas, cifras y guiones, empezando por una letra o una cifra</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit; for example "{2}"</source>
            <translation>{0} «{1}» no es un identificador válido: use letras minúsculas, cifras y guiones, empezando por una letra o una cifra; por ejemplo «{2}»</translation>
        </message>
        <message>
            <source>{0} has 0 choices; give it two or more</source>
            <translation>{0} no tiene opciones; dele dos o más</translation>
        </message>
        <message>
            <source>{0} has 1 choice; give it two or more</source>
            <translation>{0} tiene 1 opción; dele dos o más</translation>
        </message>
        <message>
            <source>{0} has a quote, but the lesson has no source file to check it against; add source: file: with a copy of the source text</source>
            <translation>{0} tiene una cita, pero la lección no tiene archivo de la fuente con que comprobarla; añada source: file: con una copia del texto de la fuente</translation>
        </message>
        <message>
            <source>{0} has no "choices": give it two or more (or use type: true_false)</source>
            <translation>{0} no tiene «choices»: dele dos o más (o use type: true_false)</translation>
        </message>
        <message>
            <source>{0} has no correct choice; mark the right ones with correct: true</source>
            <translation>{0} no tiene ninguna opción correcta; marque las correctas con correct: true</translation>
        </message>
        <message>
            <source>{0} has no explanation; students learn more when told why</source>
            <translation>{0} no tiene explicación; los alumnos aprenden más cuando se les dice por qué</translation>
        </message>
        <message>
            <source>{0} has the choice "{1}" but its choices are shuffled, so "{2}" may not come last; set shuffle: false on the question</source>
            <translation>{0} tiene la opción «{1}» pero sus opciones se barajan, así que «{2}» puede no quedar al final; ponga shuffle: false en la pregunta</translation>
        </message>
        <message>
            <source>{0} has two choices with the same text "{1}" (lines {2} and {3}); every choice must differ</source>
            <translation>{0} tiene dos opciones con el mismo texto «{1}» (líneas {2} y {3}); cada opción debe ser distinta</translation>
        </message>
        <message>
            <source>{0} has weights, and they say how it scores: remove "scoring"</source>
            <translation>{0} tiene pesos, y son ellos los que dicen cómo se puntúa: quite «scoring»</translation>
        </message>
        <message>
            <source>{0} is empty; write some text</source>
            <translation>{0} está vacío; escriba algún texto</translation>
        </message>
        <message>
            <source>{0} is missing the required key "{1}" ({2})</source>
            <translation>a {0} le falta la clave obligatoria «{1}» ({2})</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs a choice worth 100% (weight: 100 or correct: true); its best choice is worth {1}%</source>
            <translation>{0} es de opción única y necesita una opción que valga 100 % (weight: 100 o correct: true); su mejor opción vale {1} %</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; keep one, or set type: multiple</source>
            <translation>{0} es de opción única y necesita exactamente una opción correcta, pero tiene {1}; deje una o ponga type: multiple</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; mark the right one with correct: true</source>
            <translation>{0} es de opción única y necesita exactamente una opción correcta, pero tiene {1}; marque la correcta con correct: true</translation>
        </message>
        <message>
            <source>{0} is true_false but has no "answer": write answer: true or false</source>
            <translation>{0} es true_false pero no tiene «answer»: escriba answer: true o false</translation>
        </message>
        <message>
            <source>{0} is true_false: remove its choices and write answer: true or answer: false</source>
            <translation>{0} es true_false: quite sus opciones y escriba answer: true o answer: false</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be at least {2}</source>
            <translation>{0} es {1}; debe ser como mínimo {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be between {2} and {3}</source>
            <translation>{0} es {1}; debe estar entre {2} y {3}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be more than {2}</source>
            <translation>{0} es {1}; debe ser mayor que {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be {2}</source>
            <translation>{0} es {1}; debe ser {2}</translation>
        </message>
        <message>
            <source>{0} looks like a number but is not one; put it in quotes if it is text</source>
            <translation>{0} parece un número pero no lo es; póngalo entre comillas si es texto</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}</source>
            <translation>{0} debe ser un identificador (letras minúsculas, cifras y guiones), no {1}</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the id in quotes</source>
            <translation>{0} debe ser un identificador (letras minúsculas, cifras y guiones), no {1}; YAML lee yes/no/y/n/true/false/on/off como verdadero o falso: ponga el identificador entre comillas</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}</source>
            <translation>{0} debe ser uno de {1}, no {2}</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}; did you mean "{3}"?</source>
            <translation>{0} debe ser uno de {1}, no {2}; ¿quería decir «{3}»?</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}</source>
            <translation>{0} debe ser {1}, no {2}</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>{0} debe ser {1}, no {2}; YAML lee yes/no/y/n/true/false/on/off como verdadero o falso: ponga el texto entre comillas</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; it is empty</source>
            <translation>{0} debe ser {1}, no {2}; está vacío</translation>
        </message>
        <message>
            <source>{0}: "{1}" in its {2} is not shown: background images and style sheets are never loaded; use an image instead</source>
            <translation>{0}: «{1}» en su {2} no se muestra: las imágenes de fondo y las hojas de estilo nunca se cargan; use una imagen en su lugar</translation>
        </message>
        <message>
            <source>{0}: see "{1}" names no page of this lesson; page ids here: {2}</source>
            <translation>{0}: see «{1}» no nombra ninguna página de esta lección; identificadores de página aquí: {2}</translation>
        </message>
        <message>
            <source>{0}: the image "{1}" in its {2} cannot be used: {3}</source>
            <translation>{0}: la imagen «{1}» en su {2} no se puede usar: {3}</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; no passage of it has a word of the quote</source>
            <translation>{0}: la cita no está en el archivo de la fuente {1}; ningún pasaje tiene una palabra de la cita</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; the closest passage is: "{2}"</source>
            <translation>{0}: la cita no está en el archivo de la fuente {1}; el pasaje más parecido es: «{2}»</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) drawn from {0}</source>
            <translation>
                <numerusform>%n pregunta elegida entre {0}</numerusform>
                <numerusform>%n preguntas elegidas entre {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Leave the quiz</source>
            <translation>Salir del cuestionario</translation>
        </message>
        <message>
            <source>Leave the quiz now? Your answers are kept: you can resume it later.</source>
            <translation>¿Salir del cuestionario ahora? Tus respuestas se guardan: puedes seguir más tarde.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>¿Salir del cuestionario?</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Resume where you stopped, or start over?</source>
            <translation>¿Seguir donde lo dejaste o empezar de nuevo?</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Quedarme</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Cuestionario sin terminar</translation>
        </message>
        <message numerus="yes">
            <source>You left this quiz after {0} of %n question(s).</source>
            <translation>
                <numerusform>Dejaste este cuestionario después de {0} de %n pregunta.</numerusform>
                <numerusform>Dejaste este cuestionario después de {0} de %n preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>You started this quiz but did not answer a question yet.</source>
            <translation>Empezaste este cuestionario pero todavía no respondiste ninguna pregunta.</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;Importar resultados…</translation>
        </message>
        <message>
            <source>A bundle holds every result of this machine, and those merged into it, as xAPI statements. Bring the bundle of each kiosk here and import it: the overview, item analysis and exports then show the whole class. Importing a bundle twice changes nothing.</source>
            <translation>Un paquete contiene todos los resultados de este equipo, y los que se le añadieron, como declaraciones xAPI. Traiga aquí el paquete de cada quiosco e impórtelo: el resumen, el análisis de preguntas y las exportaciones mostrarán entonces toda la clase. Importar dos veces un paquete no cambia nada.</translation>
        </message>
        <message>
            <source>Answers: one row per answered question, with the chosen answer, correct, points.</source>
            <translation>Respuestas: una fila por pregunta respondida, con la respuesta elegida, si es correcta, los puntos.</translation>
        </message>
        <message>
            <source>CSV opens in a spreadsheet; JSON is for other programs. Times are in UTC. Results have one row per attempt; answers have one row per answered question.</source>
            <translation>El CSV se abre en una hoja de cálculo; el JSON es para otros programas. Las horas están en UTC. Los resultados tienen una fila por intento; las respuestas, una fila por pregunta respondida.</translation>
        </message>
        <message>
            <source>Export &amp;answers (CSV)…</source>
            <translation>Exportar r&amp;espuestas (CSV)…</translation>
        </message>
        <message>
            <source>Export &amp;results (CSV)…</source>
            <translation>Exportar &amp;resultados (CSV)…</translation>
        </message>
        <message>
            <source>Export a &amp;bundle (xAPI)…</source>
            <translation>Exportar un &amp;paquete (xAPI)…</translation>
        </message>
        <message>
            <source>Export and import</source>
            <translation>Exportar e importar</translation>
        </message>
        <message>
            <source>Export answers (J&amp;SON)…</source>
            <translation>Exportar respuestas (J&amp;SON)…</translation>
        </message>
        <message>
            <source>Export results (&amp;JSON)…</source>
            <translation>Exportar resultados (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Export the class's results</source>
            <translation>Exportar los resultados de la clase</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Import results from bundles</source>
            <translation>Importar resultados de paquetes</translation>
        </message>
        <message>
            <source>Results from other machines</source>
            <translation>Resultados de otros equipos</translation>
        </message>
        <message>
            <source>Results: one row per attempt, with student, lesson, score, percent, passed, status.</source>
            <translation>Resultados: una fila por intento, con estudiante, lección, puntuación, porcentaje, aprobado, estado.</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Countdown</source>
            <translation>Cuenta atrás</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Sigo aquí</translation>
        </message>
        <message>
            <source>Returning to the start in {0} s.</source>
            <translation>Volviendo al inicio en {0} s.</translation>
        </message>
        <message>
            <source>Still there?</source>
            <translation>¿Sigues ahí?</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Enter the teacher PIN to open the teacher menu.</source>
            <translation>Escriba el PIN docente para abrir el menú docente.</translation>
        </message>
        <message>
            <source>The app is locked. Enter the teacher PIN to quit.</source>
            <translation>La aplicación está bloqueada. Escriba el PIN docente para salir.</translation>
        </message>
    </context>
    <context>
        <name>LessonImages</name>
        <message>
            <source>[{0}: not shown, {1}]</source>
            <translation>[{0}: no se muestra, {1}]</translation>
        </message>
        <message>
            <source>it cannot be decoded ({0})</source>
            <translation>no se puede leer ({0})</translation>
        </message>
        <message>
            <source>its size cannot be read; is the file damaged?</source>
            <translation>no se puede leer su tamaño; ¿está dañado el archivo?</translation>
        </message>
        <message>
            <source>no lesson folder to look in</source>
            <translation>no hay carpeta de lección donde buscar</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>the image has no file name</source>
            <translation>la imagen no tiene nombre de archivo</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Back to the library</source>
            <translation>Volver a la biblioteca</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Lesson page</source>
            <translation>Página de la lección</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>Artículo original</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Source: {0}</source>
            <translation>Fuente: {0}</translation>
        </message>
        <message>
            <source>Start reading</source>
            <translation>Empezar a leer</translation>
        </message>
        <message>
            <source>Take the quiz</source>
            <translation>Hacer el cuestionario</translation>
        </message>
        <message>
            <source>{0}, page {1} of {2}: {3}</source>
            <translation>{0}, página {1} de {2}: {3}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>LessonTab</name>
        <message numerus="yes">
            <source>%n question(s) answered. Least often right: “{0}” ({1}% right).</source>
            <translation>
                <numerusform>%n pregunta respondida. La que menos se acierta: «{0}» ({1} % de aciertos).</numerusform>
                <numerusform>%n preguntas respondidas. La que menos se acierta: «{0}» ({1} % de aciertos).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lección:</translation>
        </message>
        <message>
            <source>Avg. time</source>
            <translation>Tiempo medio</translation>
        </message>
        <message>
            <source>Chart of the share correct per question</source>
            <translation>Gráfico de la parte de aciertos por pregunta</translation>
        </message>
        <message>
            <source>Chose it</source>
            <translation>La eligieron</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>Respuesta incorrecta más elegida</translation>
        </message>
        <message>
            <source>Nobody has answered this lesson's questions yet.</source>
            <translation>Nadie ha respondido todavía las preguntas de esta lección.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Questions, the least often right first</source>
            <translation>Preguntas, la que menos se acierta primero</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Share answering each question correctly</source>
            <translation>Parte que acierta cada pregunta</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message numerus="yes">
            <source>%n lessons could not be opened. Ask your teacher.</source>
            <translation>
                <numerusform>No se pudo abrir %n lección. Pregunta a tu docente.</numerusform>
                <numerusform>No se pudieron abrir %n lecciones. Pregunta a tu docente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best score {0}%</source>
            <translation>Mejor puntuación {0} %</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Loading lessons…</source>
            <translation>Cargando lecciones…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueada</translation>
        </message>
        <message>
            <source>Locked: pass {0} first to open it.</source>
            <translation>Bloqueada: aprueba primero {0} para abrirla.</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>Todavía no aprobada</translation>
        </message>
        <message>
            <source>Not taken yet</source>
            <translation>Todavía sin hacer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open {0}</source>
            <translation>Abrir {0}</translation>
        </message>
        <message>
            <source>Pass {0} first</source>
            <translation>Aprueba primero {0}</translation>
        </message>
        <message>
            <source>Passed ✓</source>
            <translation>Aprobada ✓</translation>
        </message>
        <message>
            <source>Quiz started: resume it any time</source>
            <translation>Cuestionario empezado: síguelo cuando quieras</translation>
        </message>
        <message>
            <source>Reading only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>Signed in as {0}</source>
            <translation>Has entrado como {0}</translation>
        </message>
        <message>
            <source>Switch student</source>
            <translation>Cambiar de estudiante</translation>
        </message>
        <message>
            <source>There are no lessons to show yet.</source>
            <translation>Todavía no hay lecciones para mostrar.</translation>
        </message>
        <message>
            <source>This lesson could not be opened. Ask your teacher.</source>
            <translation>No se pudo abrir esta lección. Pregunta a tu docente.</translation>
        </message>
        <message>
            <source>quiz started</source>
            <translation>cuestionario empezado</translation>
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
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>&amp;Docente</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>Tamaño de texto normal</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menús</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Teacher area…</source>
            <translation>Área docente…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Item analysis of this lesson</source>
            <translation>Análisis de las &amp;preguntas de esta lección</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lección:</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>Todas las lecciones</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Mejor puntuación</translation>
        </message>
        <message>
            <source>Class overview</source>
            <translation>Resumen de la clase</translation>
        </message>
        <message>
            <source>Class overview: students and lessons</source>
            <translation>Resumen de la clase: estudiantes y lecciones</translation>
        </message>
        <message>
            <source>Clear the name filter</source>
            <translation>Borrar el filtro de nombre</translation>
        </message>
        <message>
            <source>Enter or double-click opens a student.</source>
            <translation>Intro o doble clic abre un estudiante.</translation>
        </message>
        <message>
            <source>Filter by student name</source>
            <translation>Filtrar por nombre de estudiante</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminados</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No finished attempt yet</source>
            <translation>Todavía ningún intento terminado</translation>
        </message>
        <message>
            <source>No results yet</source>
            <translation>Todavía no hay resultados</translation>
        </message>
        <message>
            <source>Open &amp;student</source>
            <translation>Abrir e&amp;studiante</translation>
        </message>
        <message>
            <source>Open the item analysis of the selected lesson</source>
            <translation>Abrir el análisis de preguntas de la lección elegida</translation>
        </message>
        <message>
            <source>Open the selected student</source>
            <translation>Abrir el estudiante elegido</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Show lesson</source>
            <translation>Lección mostrada</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>&amp;Estudiante:</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Type part of a name</source>
            <translation>Escriba parte de un nombre</translation>
        </message>
        <message>
            <source>Whole attempts finished; retries of the missed questions are practice</source>
            <translation>Intentos completos terminados; repetir las preguntas falladas es práctica</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} de {1} puntos</translation>
        </message>
        <message numerus="yes">
            <source>{0} of {1} row(s)</source>
            <translation>
                <numerusform>{0} de {1} fila</numerusform>
                <numerusform>{0} de {1} filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} row(s)</source>
            <translation>
                <numerusform>{0} fila</numerusform>
                <numerusform>{0} filas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>About {0} minutes</source>
            <translation>Unos {0} minutos</translation>
        </message>
        <message>
            <source>[The picture {0} is not shown: {1}]</source>
            <translation>[La imagen {0} no se muestra: {1}]</translation>
        </message>
        <message>
            <source>a quiz of {0}</source>
            <translation>un cuestionario de {0}</translation>
        </message>
    </context>
    <context>
        <name>pin_dialog</name>
        <message>
            <source>&amp;Teacher area</source>
            <translation>Área &amp;docente</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>Comprobando el PIN…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>E&amp;xit kiosk and quit</source>
            <translation>&amp;Salir del quiosco y cerrar</translation>
        </message>
        <message>
            <source>Enter the teacher PIN.</source>
            <translation>Escriba el PIN docente.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>No teacher PIN is set, so this machine stays locked. The teacher must set one from a terminal with:

    lessonapp set-pin

(with the same --data-dir as the kiosk), then restart the app.</source>
            <translation>No hay PIN docente, así que este equipo sigue bloqueado. El docente debe definir uno en una terminal con:

    lessonapp set-pin

(con el mismo --data-dir que el quiosco) y luego reiniciar la aplicación.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <source>Teacher PIN</source>
            <translation>PIN docente</translation>
        </message>
        <message>
            <source>Teacher menu</source>
            <translation>Menú docente</translation>
        </message>
        <message>
            <source>Type the PIN first.</source>
            <translation>Escriba primero el PIN.</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>Por qué no se aceptó el PIN</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN incorrecto.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again in {0} s</source>
            <translation>PIN incorrecto. Inténtelo de nuevo en {0} s</translation>
        </message>
        <message>
            <source>Wrong PIN. You can try again now.</source>
            <translation>PIN incorrecto. Ya puede intentarlo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>Volver a la lección</translation>
        </message>
        <message>
            <source>Back to the lesson's start page</source>
            <translation>Volver a la página de inicio de la lección</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Estado de la vista previa</translation>
        </message>
        <message>
            <source>Preview: {0}</source>
            <translation>Vista previa: {0}</translation>
        </message>
        <message>
            <source>Previewing {0}. It reloads each time you save.</source>
            <translation>Vista previa de {0}. Se recarga cada vez que guarda.</translation>
        </message>
        <message>
            <source>Problems in the lesson file</source>
            <translation>Problemas en el archivo de la lección</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Página de inicio</translation>
        </message>
        <message>
            <source>line {0}, column {1}: error: {2}</source>
            <translation>línea {0}, columna {1}: error: {2}</translation>
        </message>
        <message>
            <source>line {0}, column {1}: warning: {2}</source>
            <translation>línea {0}, columna {1}: aviso: {2}</translation>
        </message>
        <message numerus="yes">
            <source>{0} cannot be shown: %n error(s). Fix them and save.</source>
            <translation>
                <numerusform>{0} no se puede mostrar: %n error. Corríjalo y guarde.</numerusform>
                <numerusform>{0} no se puede mostrar: %n errores. Corríjalos y guarde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n error(s); showing the last version that worked. Fix them and save.</source>
            <translation>
                <numerusform>{0} tiene %n error; se muestra la última versión que funcionaba. Corríjalo y guarde.</numerusform>
                <numerusform>{0} tiene %n errores; se muestra la última versión que funcionaba. Corríjalos y guarde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>{0}, line {1}, warning: {2}</source>
            <translation>{0}, línea {1}, aviso: {2}</translation>
        </message>
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, línea {1}: {2}</translation>
        </message>
        <message>
            <source>{0}, warning: {1}</source>
            <translation>{0}, aviso: {1}</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsTab</name>
        <message numerus="yes">
            <source>%n lesson file(s) could not be loaded.</source>
            <translation>
                <numerusform>No se pudo cargar %n archivo de lección.</numerusform>
                <numerusform>No se pudieron cargar %n archivos de lección.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every lesson file was loaded.</source>
            <translation>Se cargaron todos los archivos de lección.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Lesson files that could not be loaded</source>
            <translation>Archivos de lección que no se pudieron cargar</translation>
        </message>
        <message>
            <source>Lesson problems</source>
            <translation>Problemas de las lecciones</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Students see only “This lesson could not be opened. Ask your teacher.” Fix each file at the line shown, then check it with: lessonapp validate FILE (or watch it with: lessonapp preview FILE).</source>
            <translation>Los estudiantes solo ven «No se pudo abrir esta lección. Pregunta a tu docente.» Corrija cada archivo en la línea indicada y compruébelo con: lessonapp validate ARCHIVO (o véalo con: lessonapp preview ARCHIVO).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesScreen</name>
        <message>
            <source>Add a student</source>
            <translation>Añadir un estudiante</translation>
        </message>
        <message>
            <source>Choose your name and press Enter.</source>
            <translation>Elige tu nombre y pulsa Intro.</translation>
        </message>
        <message>
            <source>Choose your name first: use the arrow keys or click it, then press Enter.</source>
            <translation>Primero elige tu nombre: usa las flechas o haz clic en él, y luego pulsa Intro.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>New student's name</source>
            <translation>Nombre del nuevo estudiante</translation>
        </message>
        <message>
            <source>No students yet: add your name below.</source>
            <translation>Todavía no hay estudiantes: añade tu nombre abajo.</translation>
        </message>
        <message>
            <source>No students yet: ask your teacher to add your name.</source>
            <translation>Todavía no hay estudiantes: pide a tu docente que añada tu nombre.</translation>
        </message>
        <message>
            <source>Please type a name first.</source>
            <translation>Primero escribe un nombre.</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>Problema con el nombre</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>There is already a student called {0}. Choose them above, or add a different name.</source>
            <translation>Ya hay un estudiante que se llama {0}. Elígelo arriba o añade otro nombre.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list. Choose {0} above, or add something that tells you apart, such as an initial.</source>
            <translation>Este nombre se parece a {0}, que ya está en la lista. Elige {0} arriba o añade algo que os distinga, como una inicial.</translation>
        </message>
        <message>
            <source>Who is learning?</source>
            <translation>¿Quién aprende?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Siguiente pregunta</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>En parte correcta:</translation>
        </message>
        <message>
            <source>Partly right: {0}</source>
            <translation>En parte correcta: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s).</source>
            <translation>
                <numerusform>En parte correcta: {0} de %n punto.</numerusform>
                <numerusform>En parte correcta: {0} de %n puntos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points.</source>
            <translation>En parte correcta: {0} de {1} puntos.</translation>
        </message>
        <message>
            <source>Pick an answer first: press a number key from 1 to {0}.</source>
            <translation>Primero elige una respuesta: pulsa una tecla del 1 al {0}.</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>Ver mis resultados</translation>
        </message>
        <message>
            <source>The right answer: {0}</source>
            <translation>La respuesta correcta: {0}</translation>
        </message>
        <message>
            <source>The right answers:</source>
            <translation>Las respuestas correctas:</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>Your answer could not be saved. {0} Your choice stays: press Enter to save it.</source>
            <translation>No se pudo guardar tu respuesta. {0} Tu elección sigue ahí: pulsa Intro para guardarla.</translation>
        </message>
        <message>
            <source>Your result could not be saved. {0} Press Enter to save it.</source>
            <translation>No se pudo guardar tu resultado. {0} Pulsa Intro para guardarlo.</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Back to the question</source>
            <translation>Volver a la pregunta</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Check the answer</source>
            <translation>Comprobar la respuesta</translation>
        </message>
        <message>
            <source>Choose all that apply (keys 1–{0}), then press Enter.</source>
            <translation>Elige todas las que correspondan (teclas 1–{0}) y pulsa Intro.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–{0}), then press Enter.</source>
            <translation>Elige una respuesta (teclas 1–{0}) y pulsa Intro.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>Feedback: {0}</source>
            <translation>Comentario: {0}</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>Del artículo: «{0}»</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Salir del cuestionario</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>No del todo.</translation>
        </message>
        <message>
            <source>Page to re-read</source>
            <translation>Página para releer</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation>Pregunta {0} de {1}</translation>
        </message>
        <message>
            <source>Quiz: {0}</source>
            <translation>Cuestionario: {0}</translation>
        </message>
        <message>
            <source>Re-read: {0}</source>
            <translation>Relee: {0}</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>¡Correcto!</translation>
        </message>
        <message>
            <source>Time left {0}</source>
            <translation>Tiempo restante {0}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>choose all that apply</source>
            <translation>elige todas las que correspondan</translation>
        </message>
        <message>
            <source>choose one</source>
            <translation>elige una</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}, {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message numerus="yes">
            <source>All %n question(s) you missed are now right.</source>
            <translation>
                <numerusform>La pregunta que fallaste ya está bien.</numerusform>
                <numerusform>Las %n preguntas que fallaste ya están bien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Volver a la biblioteca</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>Del artículo: «{0}»</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteca</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n question(s) you missed is right yet.</source>
            <translation>
                <numerusform>La pregunta que fallaste todavía no está bien.</numerusform>
                <numerusform>Ninguna de las %n preguntas que fallaste está bien todavía.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <source>Not passed yet: you need {0}% to pass.</source>
            <translation>Todavía no apruebas: necesitas un {0} % para aprobar.</translation>
        </message>
        <message numerus="yes">
            <source>Now right: {0} of the %n question(s) you missed.</source>
            <translation>
                <numerusform>Ya bien: {0} de la %n pregunta que fallaste.</numerusform>
                <numerusform>Ya bien: {0} de las %n preguntas que fallaste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right</source>
            <translation>En parte correcta</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>En parte correcta:</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s)</source>
            <translation>
                <numerusform>En parte correcta: {0} de %n punto</numerusform>
                <numerusform>En parte correcta: {0} de %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points</source>
            <translation>En parte correcta: {0} de {1} puntos</translation>
        </message>
        <message>
            <source>Passed — well done!</source>
            <translation>Aprobado: ¡muy bien!</translation>
        </message>
        <message>
            <source>Practice: {0}</source>
            <translation>Práctica: {0}</translation>
        </message>
        <message>
            <source>Results: {0}</source>
            <translation>Resultados: {0}</translation>
        </message>
        <message>
            <source>Retry the ones I missed</source>
            <translation>Repetir las que fallé</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <source>Score {0} percent</source>
            <translation>Puntuación {0} por ciento</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>Hacerlo otra vez</translation>
        </message>
        <message numerus="yes">
            <source>The right answer:</source>
            <translation>
                <numerusform>La respuesta correcta:</numerusform>
                <numerusform>Las respuestas correctas:</numerusform>
            </translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%.</source>
            <translation>Esto fue práctica. Tu resultado en esta lección sigue siendo {0} %.</translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%: take the whole quiz again to pass.</source>
            <translation>Esto fue práctica. Tu resultado en esta lección sigue siendo {0} %: haz otra vez todo el cuestionario para aprobar.</translation>
        </message>
        <message>
            <source>This was practice: it does not change your result for this lesson.</source>
            <translation>Esto fue práctica: no cambia tu resultado en esta lección.</translation>
        </message>
        <message>
            <source>This was practice: take the whole quiz to get a result for this lesson.</source>
            <translation>Esto fue práctica: haz todo el cuestionario para tener un resultado en esta lección.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>Incorrecta</translation>
        </message>
        <message>
            <source>You have finished the quiz.</source>
            <translation>Has terminado el cuestionario.</translation>
        </message>
        <message numerus="yes">
            <source>Your answer:</source>
            <translation>
                <numerusform>Tu respuesta:</numerusform>
                <numerusform>Tus respuestas:</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>Tus respuestas</translation>
        </message>
        <message>
            <source>Your answers and the right ones are below.</source>
            <translation>Abajo están tus respuestas y las correctas.</translation>
        </message>
        <message>
            <source>pass mark {0}%</source>
            <translation>nota para aprobar {0} %</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n point(s)</source>
            <translation>
                <numerusform>{0} de %n punto</numerusform>
                <numerusform>{0} de %n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n question(s) right</source>
            <translation>
                <numerusform>{0} de %n pregunta bien</numerusform>
                <numerusform>{0} de %n preguntas bien</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} de {1} puntos</translation>
        </message>
        <message>
            <source>{0} of {1} right</source>
            <translation>{0} de {1} bien</translation>
        </message>
    </context>
    <context>
        <name>secret_entry</name>
        <message>
            <source>&amp;Take back the last picture</source>
            <translation>&amp;Quitar la última imagen</translation>
        </message>
        <message>
            <source>Apple</source>
            <translation>Manzana</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>Barco</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Coche</translation>
        </message>
        <message>
            <source>Fish</source>
            <translation>Pez</translation>
        </message>
        <message>
            <source>Flower</source>
            <translation>Flor</translation>
        </message>
        <message>
            <source>House</source>
            <translation>Casa</translation>
        </message>
        <message>
            <source>Picture {0} of {1}</source>
            <translation>Imagen {0} de {1}</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Estrella</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sol</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>Árbol</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Tu PIN</translation>
        </message>
        <message>
            <source>{0} of {1} pictures picked</source>
            <translation>{0} de {1} imágenes elegidas</translation>
        </message>
    </context>
    <context>
        <name>SendingTab</name>
        <message>
            <source>&amp;Pull the class's results</source>
            <translation>&amp;Traer los resultados de la clase</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Enviar ahora</translation>
        </message>
        <message>
            <source>Fetch the results other machines sent to the LRS, and add them here</source>
            <translation>Traer los resultados que otros equipos enviaron al LRS y añadirlos aquí</translation>
        </message>
        <message>
            <source>No LRS is set up: results stay on this machine. Add lrs: to the settings file to send them (see docs/classroom.md), or carry them on a USB stick: lessonapp scores export --format xapi.</source>
            <translation>No hay ningún LRS configurado: los resultados se quedan en este equipo. Añada lrs: al archivo de configuración para enviarlos (vea docs/classroom.md), o llévelos en una memoria USB: lessonapp scores export --format xapi.</translation>
        </message>
        <message>
            <source>Nothing waits.</source>
            <translation>No hay nada pendiente.</translation>
        </message>
        <message>
            <source>Nothing waits: every result made here has been sent.</source>
            <translation>No hay nada pendiente: todos los resultados de aquí se han enviado.</translation>
        </message>
        <message>
            <source>Pull the class's results from the LRS</source>
            <translation>Traer los resultados de la clase desde el LRS</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Results are sent to {0}</source>
            <translation>Los resultados se envían a {0}</translation>
        </message>
        <message>
            <source>Results sent to the school's learning record store (LRS)</source>
            <translation>Resultados enviados al registro de aprendizaje de la escuela (LRS)</translation>
        </message>
        <message>
            <source>Results the LRS rejected</source>
            <translation>Resultados que el LRS rechazó</translation>
        </message>
        <message>
            <source>Results the LRS rejected: {0} (kept here, never sent again)</source>
            <translation>Resultados que el LRS rechazó: {0} (guardados aquí, no se vuelven a enviar)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envío</translation>
        </message>
        <message>
            <source>Statement {0}</source>
            <translation>Declaración {0}</translation>
        </message>
        <message>
            <source>The LRS has rejected no result.</source>
            <translation>El LRS no ha rechazado ningún resultado.</translation>
        </message>
        <message>
            <source>The last try failed ({0}): {1}</source>
            <translation>El último intento falló ({0}): {1}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Why the LRS rejected it</source>
            <translation>Por qué lo rechazó el LRS</translation>
        </message>
        <message>
            <source>{0} results wait to be sent, the oldest since {1}.</source>
            <translation>{0} resultados esperan a enviarse, el más antiguo desde {1}.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>"endpoint" in lrs has a space in it</source>
            <translation>«endpoint» en lrs contiene un espacio</translation>
        </message>
        <message>
            <source>"endpoint" in lrs is not a web address</source>
            <translation>«endpoint» en lrs no es una dirección web</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not end with ?... or #...</source>
            <translation>«endpoint» en lrs no debe terminar en ?... ni #...</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not hold a user name or password (write them under lrs: username and password_file)</source>
            <translation>«endpoint» en lrs no debe contener usuario ni contraseña (escríbalos en lrs: username y password_file)</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must start with https:// (or http://) and a host name</source>
            <translation>«endpoint» en lrs debe empezar por https:// (o http://) y un nombre de servidor</translation>
        </message>
        <message>
            <source>"language" in settings must be a language code such as ar, en, es, fr, ko, or system</source>
            <translation>«language» en la configuración debe ser un código de idioma como ar, en, es, fr, ko, o system</translation>
        </message>
        <message>
            <source>"password" in lrs is empty</source>
            <translation>«password» en lrs está vacío</translation>
        </message>
        <message>
            <source>"password" in lrs must be one line of text (put it in quotes)</source>
            <translation>«password» en lrs debe ser una línea de texto (póngala entre comillas)</translation>
        </message>
        <message>
            <source>"roster" in settings has no names</source>
            <translation>«roster» en la configuración no tiene nombres</translation>
        </message>
        <message>
            <source>"roster" in settings is empty; write a list of names or the path of a file</source>
            <translation>«roster» en la configuración está vacío; escriba una lista de nombres o la ruta de un archivo</translation>
        </message>
        <message>
            <source>"school" in settings must be a web address such as https://school.example.org</source>
            <translation>«school» en la configuración debe ser una dirección web como https://school.example.org</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0} (did you mean "{1}"?); until it is fixed, students sign in with pictures</source>
            <translation>«student_sign_in» en la configuración debe ser picture o pin, no {0} (¿quería decir «{1}»?); mientras tanto, los alumnos entran con imágenes</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0}; until it is fixed, students sign in with pictures</source>
            <translation>«student_sign_in» en la configuración debe ser picture o pin, no {0}; mientras tanto, los alumnos entran con imágenes</translation>
        </message>
        <message>
            <source>"username" in lrs cannot have ":" in it (HTTP Basic)</source>
            <translation>«username» en lrs no puede contener «:» (HTTP Basic)</translation>
        </message>
        <message>
            <source>"{0}" cannot be used as a path ({1})</source>
            <translation>«{0}» no se puede usar como ruta ({1})</translation>
        </message>
        <message>
            <source>"{0}" is in the roster twice (first on line {1}); listed once</source>
            <translation>«{0}» está dos veces en la lista (primero en la línea {1}); se muestra una vez</translation>
        </message>
        <message>
            <source>The LRS's xAPI address (http or https); statements are sent to &lt;endpoint&gt;statements.</source>
            <translation>La dirección xAPI del LRS (http o https); los registros se envían a &lt;endpoint&gt;statements.</translation>
        </message>
        <message>
            <source>The user name (HTTP Basic) the LRS gave this machine.</source>
            <translation>El nombre de usuario (HTTP Basic) que el LRS dio a este equipo.</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>un conjunto de claves</translation>
        </message>
        <message>
            <source>a name cannot contain characters that change the direction of the text; this name is left out</source>
            <translation>un nombre no puede contener caracteres que cambian la dirección del texto; este nombre se deja fuera</translation>
        </message>
        <message>
            <source>a name cannot contain characters that have no letter or sign to show; this name is left out</source>
            <translation>un nombre no puede contener caracteres sin letra ni signo que mostrar; este nombre se deja fuera</translation>
        </message>
        <message>
            <source>a name cannot contain invisible characters; this name is left out</source>
            <translation>un nombre no puede contener caracteres invisibles; este nombre se deja fuera</translation>
        </message>
        <message>
            <source>an entry of lesson_folders is empty; write a folder path</source>
            <translation>una entrada de lesson_folders está vacía; escriba la ruta de una carpeta</translation>
        </message>
        <message>
            <source>cannot read the password file "{0}" ({1})</source>
            <translation>no se puede leer el archivo de la contraseña «{0}» ({1})</translation>
        </message>
        <message>
            <source>cannot read the roster file "{0}" ({1})</source>
            <translation>no se puede leer el archivo de la lista «{0}» ({1})</translation>
        </message>
        <message>
            <source>cannot read the settings file ({0}); the app uses its default settings, and kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>no se puede leer el archivo de configuración ({0}); la aplicación usa su configuración predeterminada, y el modo quiosco está ACTIVADO porque no puede saber si este archivo lo pide</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>it is {0} MB, too large for a list of names</source>
            <translation>ocupa {0} MB, demasiado para una lista de nombres</translation>
        </message>
        <message>
            <source>it is {0} MB; a settings file is a few lines long</source>
            <translation>ocupa {0} MB; un archivo de configuración tiene unas pocas líneas</translation>
        </message>
        <message>
            <source>kiosk mode is ON because "{0}" looks like "kiosk"; write kiosk: true or kiosk: false</source>
            <translation>el modo quiosco está ACTIVADO porque «{0}» se parece a «kiosk»; escriba kiosk: true o kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>el modo quiosco está ACTIVADO porque la aplicación no puede saber si este archivo lo pide</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this line cannot be read; write kiosk: true or kiosk: false</source>
            <translation>el modo quiosco está ACTIVADO porque no se puede leer esta línea; escriba kiosk: true o kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this setting cannot be read; write kiosk: true or kiosk: false</source>
            <translation>el modo quiosco está ACTIVADO porque no se puede leer este ajuste; escriba kiosk: true o kiosk: false</translation>
        </message>
        <message>
            <source>lrs has both "password" and "password_file"; keep one (password_file is safer)</source>
            <translation>lrs tiene a la vez «password» y «password_file»; deje uno (password_file es más seguro)</translation>
        </message>
        <message>
            <source>lrs needs "password_file" (or "password"): what the LRS gave with the user name</source>
            <translation>lrs necesita «password_file» (o «password»): lo que el LRS dio con el nombre de usuario</translation>
        </message>
        <message>
            <source>lrs needs school: the address naming the school (for example school: https://school.example.org); nothing is sent until then</source>
            <translation>lrs necesita school: la dirección que nombra la escuela (por ejemplo school: https://school.example.org); no se envía nada hasta entonces</translation>
        </message>
        <message>
            <source>the CSV file cannot be read: {0}</source>
            <translation>no se puede leer el archivo CSV: {0}</translation>
        </message>
        <message>
            <source>the lesson folder "{0}" does not exist ({1})</source>
            <translation>la carpeta de lecciones «{0}» no existe ({1})</translation>
        </message>
        <message>
            <source>the name "{0}..." is longer than {1} characters</source>
            <translation>el nombre «{0}...» tiene más de {1} caracteres</translation>
        </message>
        <message>
            <source>the password file "{0}" does not exist ({1})</source>
            <translation>el archivo de la contraseña «{0}» no existe ({1})</translation>
        </message>
        <message>
            <source>the password file "{0}" is not UTF-8 text</source>
            <translation>el archivo de la contraseña «{0}» no es texto UTF-8</translation>
        </message>
        <message>
            <source>the password file "{0}" is {1} bytes; it should hold the password alone</source>
            <translation>el archivo de la contraseña «{0}» ocupa {1} bytes; solo debe contener la contraseña</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line</source>
            <translation>el archivo de la contraseña «{0}» solo debe contener la contraseña, en una línea</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line (it is empty)</source>
            <translation>el archivo de la contraseña «{0}» solo debe contener la contraseña, en una línea (está vacío)</translation>
        </message>
        <message>
            <source>the roster file "{0}" does not exist ({1})</source>
            <translation>el archivo de la lista «{0}» no existe ({1})</translation>
        </message>
        <message>
            <source>the roster file "{0}" has no names</source>
            <translation>el archivo de la lista «{0}» no tiene nombres</translation>
        </message>
        <message>
            <source>the roster file is not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')</source>
            <translation>el archivo de la lista no está en UTF-8; guárdelo en UTF-8 (en Excel: «CSV UTF-8»)</translation>
        </message>
        <message>
            <source>the settings file</source>
            <translation>el archivo de configuración</translation>
        </message>
        <message>
            <source>the settings file cannot be found ({0}); the app uses its default settings</source>
            <translation>no se encuentra el archivo de configuración ({0}); la aplicación usa su configuración predeterminada</translation>
        </message>
        <message>
            <source>the settings file does not exist; the app uses its default settings</source>
            <translation>el archivo de configuración no existe; la aplicación usa su configuración predeterminada</translation>
        </message>
        <message>
            <source>this name looks the same as "{0}" (line {1}) on the name screen; it is left out: tell them apart, e.g. with an initial</source>
            <translation>este nombre se ve igual que «{0}» (línea {1}) en la pantalla de nombres; se deja fuera: distíngalos, por ejemplo con una inicial</translation>
        </message>
        <message>
            <source>{0}; the app uses its default settings</source>
            <translation>{0}; la aplicación usa su configuración predeterminada</translation>
        </message>
        <message>
            <source>{0}; write the LRS's xAPI address, for example https://lrs.example.org/xapi/</source>
            <translation>{0}; escriba la dirección xAPI del LRS, por ejemplo https://lrs.example.org/xapi/</translation>
        </message>
    </context>
    <context>
        <name>sign_in</name>
        <message>
            <source>&amp;Not me: back to the names</source>
            <translation>&amp;No soy yo: volver a los nombres</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>Un PIN tiene de 4 a 8 cifras.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits that you will remember, and keep it secret.</source>
            <translation>Elige un PIN de 4 a 8 cifras que vayas a recordar, y guárdalo en secreto.</translation>
        </message>
        <message>
            <source>Choose three pictures, in an order you will remember. They are your picture password: keep them secret.</source>
            <translation>Elige tres imágenes, en un orden que vayas a recordar. Son tu contraseña de imágenes: guárdala en secreto.</translation>
        </message>
        <message>
            <source>Forgot it? Ask your teacher to reset it.</source>
            <translation>¿La has olvidado? Pide a tu docente que la restablezca.</translation>
        </message>
        <message>
            <source>Hello, {0}</source>
            <translation>Hola, {0}</translation>
        </message>
        <message>
            <source>It could not be saved ({0}). Please tell your teacher.</source>
            <translation>No se pudo guardar ({0}). Avisa a tu docente, por favor.</translation>
        </message>
        <message>
            <source>Now pick the same three pictures again, in the same order.</source>
            <translation>Ahora elige otra vez las mismas tres imágenes, en el mismo orden.</translation>
        </message>
        <message>
            <source>PIN for {0}</source>
            <translation>PIN de {0}</translation>
        </message>
        <message>
            <source>Pick your three pictures, in order.</source>
            <translation>Elige tus tres imágenes, en orden.</translation>
        </message>
        <message>
            <source>Picture password for {0}</source>
            <translation>Contraseña de imágenes de {0}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Signing in does not work just now: the score database cannot be read. Please tell your teacher.</source>
            <translation>Ahora no se puede entrar: la base de datos de puntuaciones no se puede leer. Avisa a tu docente, por favor.</translation>
        </message>
        <message>
            <source>Tell {0} what you choose here, out of sight of the others.</source>
            <translation>Dile a {0} lo que elijas aquí, sin que lo vean los demás.</translation>
        </message>
        <message>
            <source>That could not be saved. Please try again.</source>
            <translation>No se pudo guardar. Inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>That is not your PIN. Try again, or go back and choose your name.</source>
            <translation>Ese no es tu PIN. Inténtalo de nuevo, o vuelve atrás y elige tu nombre.</translation>
        </message>
        <message>
            <source>The two PINs were not the same. Start again: choose a PIN.</source>
            <translation>Los dos PIN no eran iguales. Empieza de nuevo: elige un PIN.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again, or go back and choose your name.</source>
            <translation>Esas no son tus imágenes. Inténtalo de nuevo, o vuelve atrás y elige tu nombre.</translation>
        </message>
        <message>
            <source>Those were not the same pictures. Start again: choose three pictures.</source>
            <translation>No eran las mismas imágenes. Empieza de nuevo: elige tres imágenes.</translation>
        </message>
        <message>
            <source>Type the same PIN again.</source>
            <translation>Escribe otra vez el mismo PIN.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>Escribe tu PIN y pulsa Intro.</translation>
        </message>
        <message>
            <source>Wrong too many times. Try again in {0} s.</source>
            <translation>Demasiados errores. Inténtalo de nuevo en {0} s.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya puedes intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>You have no picture password or PIN yet, and it cannot be saved just now: the score database can only be read. Please tell your teacher.</source>
            <translation>Todavía no tienes contraseña de imágenes ni PIN, y ahora no se puede guardar: la base de datos de puntuaciones solo se puede leer. Avisa a tu docente, por favor.</translation>
        </message>
    </context>
    <context>
        <name>SignInTab</name>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Restablecer</translation>
        </message>
        <message>
            <source>&amp;Set for this student…</source>
            <translation>&amp;Fijar para este estudiante…</translation>
        </message>
        <message>
            <source>A student without one chooses it at their next sign-in. Reset it when a student forgets theirs, or set it here for them.</source>
            <translation>Un estudiante que no la tiene la elige la próxima vez que entra. Restablézcala cuando un estudiante olvide la suya, o fíjela aquí por él.</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>No se cambió nada: {0}</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Reset the selected student's sign-in</source>
            <translation>Restablecer la entrada del estudiante elegido</translation>
        </message>
        <message>
            <source>Reset: {0} chooses a new one at their next sign-in.</source>
            <translation>Restablecida: {0} elegirá una nueva la próxima vez que entre.</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Fijada por</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>Fijada el</translation>
        </message>
        <message>
            <source>Set the selected student's sign-in</source>
            <translation>Fijar la entrada del estudiante elegido</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Students and their sign-in</source>
            <translation>Los estudiantes y su entrada</translation>
        </message>
        <message>
            <source>Students sign in with a PIN of 4 to 8 digits after choosing their name.</source>
            <translation>Los estudiantes entran con un PIN de 4 a 8 cifras después de elegir su nombre.</translation>
        </message>
        <message>
            <source>Students sign in with a picture password (three of nine pictures, in order) after choosing their name.</source>
            <translation>Los estudiantes entran con una contraseña de imágenes (tres de nueve imágenes, en orden) después de elegir su nombre.</translation>
        </message>
        <message>
            <source>a teacher</source>
            <translation>un docente</translation>
        </message>
        <message>
            <source>not set yet</source>
            <translation>aún no fijada</translation>
        </message>
        <message>
            <source>picture password</source>
            <translation>contraseña de imágenes</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>el estudiante</translation>
        </message>
        <message>
            <source>{0} now signs in with what you chose.</source>
            <translation>{0} entra ahora con lo que usted eligió.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A name can be at most {0} characters long.</source>
            <translation>Un nombre puede tener como mucho {0} caracteres.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that change the direction of the text.</source>
            <translation>Un nombre no puede contener caracteres que cambian la dirección del texto.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that have no letter or sign to show.</source>
            <translation>Un nombre no puede contener caracteres sin letra ni signo que mostrar.</translation>
        </message>
        <message>
            <source>A name cannot contain invisible characters.</source>
            <translation>Un nombre no puede contener caracteres invisibles.</translation>
        </message>
        <message>
            <source>A new score database cannot be created at {0}.</source>
            <translation>No se puede crear una nueva base de datos de resultados en {0}.</translation>
        </message>
        <message>
            <source>Another program is using the score database in {0}, so answers cannot be saved just now. Close that program (a database viewer, a backup or sync tool), then try again.</source>
            <translation>Otro programa está usando la base de datos de resultados en {0}, así que ahora no se pueden guardar las respuestas. Cierre ese programa (un visor de bases de datos, una herramienta de copia o de sincronización) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Please type a name.</source>
            <translation>Escriba un nombre.</translation>
        </message>
        <message>
            <source>The backup {0} does not exist.</source>
            <translation>La copia de seguridad {0} no existe.</translation>
        </message>
        <message>
            <source>The backup {0} is damaged or not a lessonapp backup; nothing was changed.</source>
            <translation>La copia de seguridad {0} está dañada o no es una copia de lessonapp; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The disk that holds {0} could not be read or written. Check that it is still connected, then try again; if it happens again, tell a teacher.</source>
            <translation>No se pudo leer ni escribir el disco que contiene {0}. Compruebe que sigue conectado y vuelva a intentarlo; si vuelve a pasar, avise a un profesor.</translation>
        </message>
        <message>
            <source>The disk that holds {0} is full, so answers cannot be saved. Free some space on it (or ask a teacher to), then try again.</source>
            <translation>El disco que contiene {0} está lleno, así que no se pueden guardar las respuestas. Libere espacio (o pídaselo a un profesor) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The folder {0} cannot be created ({1}).</source>
            <translation>No se puede crear la carpeta {0} ({1}).</translation>
        </message>
        <message>
            <source>The score database could not be read (it is damaged or not a database), so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>No se pudo leer la base de datos de resultados (está dañada o no es una base de datos), así que se ha guardado como {0} y se ha empezado una nueva, vacía, en {1}.</translation>
        </message>
        <message>
            <source>The score database has no machine id; it was not made by lessonapp.</source>
            <translation>La base de datos de resultados no tiene identificador de equipo; no la creó lessonapp.</translation>
        </message>
        <message>
            <source>The score database in {0} cannot be used just now ({1}). Try again, or tell a teacher.</source>
            <translation>Ahora no se puede usar la base de datos de resultados en {0} ({1}). Vuelva a intentarlo o avise a un profesor.</translation>
        </message>
        <message>
            <source>The score database in {0} lost its journal file and is busy, so answers cannot be saved just now. Try again in a moment.</source>
            <translation>La base de datos de resultados en {0} perdió su archivo de registro y está ocupada, así que ahora no se pueden guardar las respuestas. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The score database in {0} seems to be damaged. Close lessonapp and open it again: it keeps the damaged file aside and starts a new one.</source>
            <translation>La base de datos de resultados en {0} parece dañada. Cierre lessonapp y vuelva a abrirlo: guarda aparte el archivo dañado y empieza uno nuevo.</translation>
        </message>
        <message>
            <source>The score database is not a lessonapp score database, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>La base de datos de resultados no es de lessonapp, así que se ha guardado como {0} y se ha empezado una nueva, vacía, en {1}.</translation>
        </message>
        <message>
            <source>The score database was written by a newer version of lessonapp, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>La base de datos de resultados la escribió una versión más nueva de lessonapp, así que se ha guardado como {0} y se ha empezado una nueva, vacía, en {1}.</translation>
        </message>
        <message>
            <source>The score database {0} cannot be used and could not be set aside ({1}).</source>
            <translation>No se puede usar la base de datos de resultados {0} y no se pudo apartar ({1}).</translation>
        </message>
        <message>
            <source>The score database {0} could not be read (it is damaged or not a database).</source>
            <translation>No se pudo leer la base de datos de resultados {0} (está dañada o no es una base de datos).</translation>
        </message>
        <message>
            <source>The score database {0} is not a lessonapp score database.</source>
            <translation>La base de datos de resultados {0} no es de lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by a newer version of lessonapp.</source>
            <translation>La base de datos de resultados {0} la escribió una versión más nueva de lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by an older version of lessonapp; open lessonapp once (in a folder it can write to) to bring it up to date.</source>
            <translation>La base de datos de resultados {0} la escribió una versión más antigua de lessonapp; abra lessonapp una vez (en una carpeta donde pueda escribir) para ponerla al día.</translation>
        </message>
        <message>
            <source>The score database's journal file ({0}-wal in {1}) was deleted while lessonapp was running, perhaps by a cleaning or sync program. Every answer given so far was kept: lessonapp wrote them into {0} and goes on. Please keep such programs away from the folder {1}.</source>
            <translation>El archivo de registro de la base de datos de resultados ({0}-wal en {1}) se borró mientras lessonapp funcionaba, quizá un programa de limpieza o de sincronización. Se han guardado todas las respuestas dadas hasta ahora: lessonapp las escribió en {0} y sigue. Mantenga esos programas lejos de la carpeta {1}.</translation>
        </message>
        <message>
            <source>There is already a student called {0}.</source>
            <translation>Ya hay un alumno que se llama {0}.</translation>
        </message>
        <message>
            <source>There is no score database at {0}.</source>
            <translation>No hay ninguna base de datos de resultados en {0}.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list; add something that tells you apart, such as an initial.</source>
            <translation>Este nombre se ve igual que {0}, que ya está en la lista; añada algo que os distinga, como una inicial.</translation>
        </message>
        <message>
            <source>lessonapp cannot save in the folder {0}: it (or the score database in it) is read-only. Lessons can still be read, but answers are not saved until a teacher makes it writable and restarts lessonapp.</source>
            <translation>lessonapp no puede guardar en la carpeta {0}: ella (o la base de datos de resultados que contiene) es de solo lectura. Las lecciones se pueden seguir leyendo, pero las respuestas no se guardan hasta que un profesor permita escribir en ella y reinicie lessonapp.</translation>
        </message>
        <message>
            <source>lessonapp is already open on the data folder {0}: use the window that is open, or close it and try again.</source>
            <translation>lessonapp ya está abierto en la carpeta de datos {0}: use la ventana abierta, o ciérrela y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>StudentTab</name>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lección:</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>Todas las lecciones</translation>
        </message>
        <message numerus="yes">
            <source>Also %n practice retry(s) of missed questions, not charted.</source>
            <translation>
                <numerusform>Además %n repetición de práctica de preguntas falladas, fuera del gráfico.</numerusform>
                <numerusform>Además %n repeticiones de práctica de preguntas falladas, fuera del gráfico.</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers of the selected attempt</source>
            <translation>Respuestas del intento elegido</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Attempts of this student</source>
            <translation>Intentos de este estudiante</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Elegida</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <source>Lesson shown in the chart and list</source>
            <translation>Lección mostrada en el gráfico y la lista</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No finished attempt yet.</source>
            <translation>Todavía ningún intento terminado.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Right?</source>
            <translation>¿Correcta?</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Score of each finished attempt, in order</source>
            <translation>Puntuación de cada intento terminado, en orden</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Empezado</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>&amp;Estudiante:</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonado</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>no aprobado</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>nota para aprobar</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>práctica</translation>
        </message>
        <message>
            <source>{0} has not finished an attempt here yet.</source>
            <translation>{0} todavía no ha terminado ningún intento aquí.</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1} finished of %n attempt(s); bars numbered as in the list below.</source>
            <translation>
                <numerusform>{0}: {1} terminado de %n intento; barras numeradas como en la lista de abajo.</numerusform>
                <numerusform>{0}: {1} terminados de %n intentos; barras numeradas como en la lista de abajo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Column headers of {0}: click one to sort</source>
            <translation>Encabezados de columna de {0}: haga clic en uno para ordenar</translation>
        </message>
        <message>
            <source>Row numbers</source>
            <translation>Números de fila</translation>
        </message>
    </context>
    <context>
        <name>TeacherArea</name>
        <message>
            <source>&amp;Close teacher area</source>
            <translation>Cerrar el área &amp;docente</translation>
        </message>
        <message>
            <source>&amp;Machine:</source>
            <translation>&amp;Máquina:</translation>
        </message>
        <message>
            <source>(lessonapp scores import lists every one)</source>
            <translation>(lessonapp scores import los enumera todos)</translation>
        </message>
        <message>
            <source>. First problem: {0}</source>
            <translation>. Primer problema: {0}</translation>
        </message>
        <message>
            <source>. It stopped early: {0}</source>
            <translation>. Se detuvo antes de acabar: {0}</translation>
        </message>
        <message>
            <source>All machines</source>
            <translation>Todos los equipos</translation>
        </message>
        <message>
            <source>Bac&amp;kups</source>
            <translation>&amp;Copias de seguridad</translation>
        </message>
        <message>
            <source>Back to the app (Esc)</source>
            <translation>Volver a la aplicación (Esc)</translation>
        </message>
        <message>
            <source>Backed up to {0}</source>
            <translation>Copia guardada en {0}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo copia…</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Copia restaurada.</translation>
        </message>
        <message>
            <source>Backup restored. The scores as they were before are kept in {0}.</source>
            <translation>Copia restaurada. Las puntuaciones de antes se guardan en {0}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>&amp;Resumen de la clase</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message>
            <source>Export answers</source>
            <translation>Exportar respuestas</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exportar resultados</translation>
        </message>
        <message numerus="yes">
            <source>Exported {0} row(s) to {1}</source>
            <translation>
                <numerusform>{0} fila exportada a {1}</numerusform>
                <numerusform>{0} filas exportadas a {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>Exportando a {0}…</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>Importar resultados</translation>
        </message>
        <message>
            <source>Importing {0} files…</source>
            <translation>Importando {0} archivos…</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Lesso&amp;n</source>
            <translation>&amp;Lección</translation>
        </message>
        <message>
            <source>Lesson &amp;problems</source>
            <translation>&amp;Problemas de las lecciones</translation>
        </message>
        <message>
            <source>Machine {0}</source>
            <translation>Equipo {0}</translation>
        </message>
        <message>
            <source>Merged {0} new results; {1} were here already.</source>
            <translation>{0} resultados nuevos añadidos; {1} ya estaban aquí.</translation>
        </message>
        <message>
            <source>No backup was made: {0}</source>
            <translation>No se hizo ninguna copia: {0}</translation>
        </message>
        <message>
            <source>No bundle to import: put the bundles (.jsonl files) in {0}</source>
            <translation>No hay paquetes para importar: ponga los paquetes (archivos .jsonl) en {0}</translation>
        </message>
        <message>
            <source>No teacher PIN is set: anyone at this computer can open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>No hay PIN docente: cualquiera en este equipo puede abrir el área docente. Defina uno en una terminal con: lessonapp set-pin</translation>
        </message>
        <message>
            <source>Nothing was exported to {0}: {1}</source>
            <translation>No se exportó nada a {0}: {1}</translation>
        </message>
        <message>
            <source>Nothing was exported: {0}</source>
            <translation>No se exportó nada: {0}</translation>
        </message>
        <message>
            <source>Nothing was pulled: {0}</source>
            <translation>No se trajo nada: {0}</translation>
        </message>
        <message>
            <source>Pulled: {0}</source>
            <translation>Traído: {0}</translation>
        </message>
        <message>
            <source>Pulling the class's results from the LRS…</source>
            <translation>Trayendo los resultados de la clase desde el LRS…</translation>
        </message>
        <message>
            <source>Restore the scores from {0}?

The scores as they are now are kept aside in a file beside the database (nothing is deleted), then the app reopens the scores from the backup.</source>
            <translation>¿Restaurar las puntuaciones desde {0}?

Las puntuaciones actuales se apartan en un archivo junto a la base de datos (no se borra nada) y luego la aplicación abre las puntuaciones de la copia.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>Restaurando {0}…</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl *.json);;All files (*)</source>
            <translation>Paquetes de resultados (*.jsonl *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl)</source>
            <translation>Paquetes de resultados (*.jsonl)</translation>
        </message>
        <message>
            <source>S&amp;tudent</source>
            <translation>&amp;Estudiante</translation>
        </message>
        <message>
            <source>Sen&amp;ding</source>
            <translation>En&amp;vío</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait.</source>
            <translation>Enviados {0}; {1} pendientes.</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait: {2}</source>
            <translation>Enviados {0}; {1} pendientes: {2}</translation>
        </message>
        <message>
            <source>Show the results of</source>
            <translation>Mostrar los resultados de</translation>
        </message>
        <message>
            <source>Si&amp;gn-in</source>
            <translation>En&amp;trada</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Teacher area</source>
            <translation>Área docente</translation>
        </message>
        <message>
            <source>Teacher area sections</source>
            <translation>Secciones del área docente</translation>
        </message>
        <message>
            <source>The backup was not restored: {0}</source>
            <translation>La copia no se restauró: {0}</translation>
        </message>
        <message>
            <source>The import stopped: {0}. What was merged before stays; importing again goes on from there.</source>
            <translation>La importación se detuvo: {0}. Lo ya añadido se queda; importar otra vez sigue desde ahí.</translation>
        </message>
        <message>
            <source>The teacher PIN has fewer than {0} digits: anyone with a copy of the scores file or a backup could find it in minutes. Set a longer one from a terminal with: lessonapp set-pin</source>
            <translation>El PIN docente tiene menos de {0} cifras: cualquiera con una copia del archivo de puntuaciones o de una copia de seguridad podría averiguarlo en minutos. Defina uno más largo en una terminal con: lessonapp set-pin</translation>
        </message>
        <message>
            <source>This machine</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>este equipo</translation>
        </message>
        <message>
            <source>{0} ({1} attempts)</source>
            <translation>{0} ({1} intentos)</translation>
        </message>
        <message>
            <source>{0} as {1}, every {2} s</source>
            <translation>{0} como {1}, cada {2} s</translation>
        </message>
        <message>
            <source>{0} could not be merged:</source>
            <translation>{0} no se pudieron añadir:</translation>
        </message>
    </context>
</TS>
