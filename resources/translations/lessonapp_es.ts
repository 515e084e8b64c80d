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
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, línea {1}: {2}</translation>
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
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
        <message>
            <source>{0} of {1} points · {2} of {3} questions right · pass mark {4}%</source>
            <translation>{0} de {1} puntos · {2} de {3} preguntas bien · nota para aprobar {4} %</translation>
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
