<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <source>lessonapp is already open</source>
            <translation>lessonapp مفتوح بالفعل</translation>
        </message>
        <message>
            <source>lessonapp ran into a problem it did not expect. The answers given so far are saved. If it happens again, please give your teacher the file {0}.</source>
            <translation>واجه lessonapp مشكلة لم تكن متوقعة. الإجابات التي قدّمتها حتى الآن محفوظة. إذا تكرر ذلك، أعطِ معلّمك الملف {0}.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>About your scores</source>
            <translation>عن درجاتك</translation>
        </message>
        <message>
            <source>Enter the teacher PIN to open the teacher area.</source>
            <translation>أدخل رمز المعلّم لفتح منطقة المعلّم.</translation>
        </message>
        <message>
            <source>Kiosk mode is on but no teacher PIN is set, so nobody can leave the app or open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>وضع الكشك مفعّل لكن لم يُضبط رمز للمعلّم، فلا يستطيع أحد مغادرة التطبيق أو فتح منطقة المعلّم. اضبط رمزًا من الطرفية بالأمر: lessonapp set-pin</translation>
        </message>
        <message>
            <source>No teacher PIN</source>
            <translation>لا يوجد رمز للمعلّم</translation>
        </message>
        <message>
            <source>The lesson has changed</source>
            <translation>تغيّر الدرس</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>لا يمكن بدء الاختبار</translation>
        </message>
        <message>
            <source>The score database seems to be damaged, and it could not be set aside ({0}). Please tell your teacher.</source>
            <translation>يبدو أن ملف الدرجات تالف، ولم يمكن نقله جانبًا ({0}). أخبر معلّمك من فضلك.</translation>
        </message>
        <message>
            <source>The settings file has problems</source>
            <translation>في ملف الإعدادات مشكلات</translation>
        </message>
        <message>
            <source>This quiz has changed since you left it, so it starts again from the beginning.</source>
            <translation>تغيّر هذا الاختبار منذ أن تركته، لذلك يبدأ من جديد من البداية.</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <source>Article text</source>
            <translation>نص المقال</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>المقال الأصلي</translation>
        </message>
        <message>
            <source>The article cannot be shown: it is not UTF-8 text</source>
            <translation>لا يمكن عرض المقال: ليس نصًا بترميز UTF-8</translation>
        </message>
        <message>
            <source>The article cannot be shown: {0}</source>
            <translation>لا يمكن عرض المقال: {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>نسخ احتياطية</translation>
        </message>
        <message>
            <source>Backups of the score database</source>
            <translation>النسخ الاحتياطية للدرجات</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Kept in {0}</source>
            <translation>محفوظة في {0}</translation>
        </message>
        <message>
            <source>R&amp;estore…</source>
            <translation>ا&amp;ستعادة…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>استعادة النسخة المحددة</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>التاريخ</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Last {0}% ({1}).</source>
            <translation>الأخيرة {0}% ({1}).</translation>
        </message>
        <message>
            <source>Lowest {0}% ({1}); highest {2}% ({3}).</source>
            <translation>الأدنى {0}% ({1})؛ الأعلى {2}% ({3}).</translation>
        </message>
        <message>
            <source>No data.</source>
            <translation>لا توجد بيانات.</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>الخط</translation>
        </message>
        <message>
            <source>{0} bars.</source>
            <translation>{0} أعمدة.</translation>
        </message>
        <message>
            <source>{0} of {1} at or above {2} ({3}%).</source>
            <translation>{0} من {1} عند {2} أو أعلى ({3}%).</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>◐ your answer, partly right</source>
            <translation>◐ إجابتك، صحيحة جزئيًا</translation>
        </message>
        <message>
            <source>✓ right answer</source>
            <translation>✓ الإجابة الصحيحة</translation>
        </message>
        <message>
            <source>✓ your answer, right</source>
            <translation>✓ إجابتك، صحيحة</translation>
        </message>
        <message>
            <source>✗ your answer, wrong</source>
            <translation>✗ إجابتك، خاطئة</translation>
        </message>
    </context>
    <context>
        <name>classroom</name>
        <message>
            <source>fetched 1 statement from the LRS: merged {0}, {1} were here already</source>
            <translation>جُلب سجل واحد من الـ LRS: دُمج {0}، وكان {1} موجودًا من قبل</translation>
        </message>
        <message>
            <source>fetched {0} statements from the LRS: merged {1}, {2} were here already</source>
            <translation>جُلب {0} سجلًا من الـ LRS: دُمج {1}، وكان {2} موجودًا من قبل</translation>
        </message>
        <message>
            <source>{0}, {1} are not this school's lessonapp results</source>
            <translation>{0}، و{1} ليست من نتائج lessonapp لهذه المدرسة</translation>
        </message>
        <message>
            <source>{0}, {1} could not be merged</source>
            <translation>{0}، وتعذّر دمج {1}</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>"answer" is only for true_false questions; {0} is {1}: mark its right choices with correct: true (or set type: true_false)</source>
            <translation>"answer" للأسئلة من نوع true_false فقط؛ {0} من نوع {1}: علّم خياراته الصحيحة بـ correct: true (أو اجعل type: true_false)</translation>
        </message>
        <message>
            <source>"scoring" is only for multiple questions; {0} is {1}</source>
            <translation>"scoring" للأسئلة من نوع multiple فقط؛ {0} من نوع {1}</translation>
        </message>
        <message>
            <source>"{0}" in {1}</source>
            <translation>"{0}" في {1}</translation>
        </message>
        <message>
            <source>"{0}" is not an image; use a PNG, JPEG or SVG file</source>
            <translation>"{0}" ليس صورة؛ استخدم ملف PNG أو JPEG أو SVG</translation>
        </message>
        <message>
            <source>'..' is not allowed: the file must be inside the library folder</source>
            <translation>لا يُسمح بـ '..': يجب أن يكون الملف داخل مجلد المكتبة</translation>
        </message>
        <message>
            <source>Lesson ids in the order to show them.</source>
            <translation>معرّفات الدروس بالترتيب الذي تُعرض به.</translation>
        </message>
        <message>
            <source>The course's id.</source>
            <translation>معرّف المقرر.</translation>
        </message>
        <message>
            <source>The course's title.</source>
            <translation>عنوان المقرر.</translation>
        </message>
        <message>
            <source>The lesson's title.</source>
            <translation>عنوان الدرس.</translation>
        </message>
        <message>
            <source>The page's title.</source>
            <translation>عنوان الصفحة.</translation>
        </message>
        <message>
            <source>The question, in Markdown.</source>
            <translation>السؤال، بصيغة Markdown.</translation>
        </message>
        <message>
            <source>The questions.</source>
            <translation>الأسئلة.</translation>
        </message>
        <message>
            <source>The version of the lesson format: 1.</source>
            <translation>إصدار صيغة الدروس: 1.</translation>
        </message>
        <message>
            <source>The word or phrase.</source>
            <translation>الكلمة أو العبارة.</translation>
        </message>
        <message>
            <source>URLs are not allowed: nothing is fetched from the network; copy the file into the library</source>
            <translation>لا يُسمح بعناوين الويب: لا يُجلب شيء من الشبكة؛ انسخ الملف إلى المكتبة</translation>
        </message>
        <message>
            <source>Unique in the library; lowercase letters, digits and hyphens.</source>
            <translation>فريد في المكتبة؛ حروف لاتينية صغيرة وأرقام وشرطات.</translation>
        </message>
        <message>
            <source>Unique within the lesson.</source>
            <translation>فريد داخل الدرس.</translation>
        </message>
        <message>
            <source>What it means, in plain words.</source>
            <translation>معناه بكلمات بسيطة.</translation>
        </message>
        <message>
            <source>What the student sees.</source>
            <translation>ما يراه الطالب.</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}</source>
            <translation>خطأ في صياغة YAML: {0}</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; check the indentation of this line and the one before</source>
            <translation>خطأ في صياغة YAML: {0}؛ تحقّق من إزاحة هذا السطر والسطر الذي قبله</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; does text go on after a closing quote? Quote the whole value, or check the indentation</source>
            <translation>خطأ في صياغة YAML: {0}؛ هل يستمر النص بعد علامة تنصيص مُغلِقة؟ ضع القيمة كلها بين علامتي تنصيص، أو تحقّق من الإزاحة</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; is this line indented too far, or does a value contain ': '? (put such text in quotes)</source>
            <translation>خطأ في صياغة YAML: {0}؛ هل هذا السطر مُزاح أكثر من اللازم، أم في قيمةٍ ما ': '؟ (ضع مثل هذا النص بين علامتي تنصيص)</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; text that starts with * (such as **bold**) must be put in quotes</source>
            <translation>خطأ في صياغة YAML: {0}؛ النص الذي يبدأ بـ * (مثل **عريض**) يجب وضعه بين علامتي تنصيص</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; the items of a list must line up under each other</source>
            <translation>خطأ في صياغة YAML: {0}؛ يجب أن تصطف عناصر القائمة بعضها تحت بعض</translation>
        </message>
        <message>
            <source>a course.yaml in a sub-folder is not read; keep one course.yaml at the top of the library folder, or give the sub-folder as a library of its own</source>
            <translation>لا يُقرأ ملف course.yaml الموجود في مجلد فرعي؛ احتفظ بملف course.yaml واحد في أعلى مجلد المكتبة، أو اجعل المجلد الفرعي مكتبة مستقلة</translation>
        </message>
        <message>
            <source>a file path</source>
            <translation>مسار ملف</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>عددًا محدودًا</translation>
        </message>
        <message>
            <source>a key must be a plain word, not a list or mapping</source>
            <translation>يجب أن يكون المفتاح كلمة بسيطة، لا قائمة ولا مجموعة مفاتيح</translation>
        </message>
        <message>
            <source>a language tag such as en or ar</source>
            <translation>رمز لغة مثل en أو ar</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a list</source>
            <translation>يجب أن يكون ملف الدرس مجموعة مفاتيح (format: وid: وtitle: ...)، لا قائمة</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a single value</source>
            <translation>يجب أن يكون ملف الدرس مجموعة مفاتيح (format: وid: وtitle: ...)، لا قيمة واحدة</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>قائمة</translation>
        </message>
        <message>
            <source>a list of ids</source>
            <translation>قائمة معرّفات</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>قائمة نصوص</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>مجموعة مفاتيح</translation>
        </message>
        <message>
            <source>a mapping of keys</source>
            <translation>مجموعة مفاتيح</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>عددًا</translation>
        </message>
        <message>
            <source>a tab is used for indentation; indent with spaces only</source>
            <translation>استُخدم مفتاح الجدولة (Tab) للإزاحة؛ أزِح بالمسافات فقط</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>عددًا صحيحًا</translation>
        </message>
        <message>
            <source>absolute paths are not allowed; write the path relative to the lesson file</source>
            <translation>لا يُسمح بالمسارات المطلقة؛ اكتب المسار نسبةً إلى ملف الدرس</translation>
        </message>
        <message>
            <source>an alias refers to the list or mapping it is inside</source>
            <translation>اسم مستعار يشير إلى القائمة أو مجموعة المفاتيح التي هو داخلها</translation>
        </message>
        <message>
            <source>an entry of {0}</source>
            <translation>أحد عناصر {0}</translation>
        </message>
        <message>
            <source>an id (lowercase letters, digits and hyphens)</source>
            <translation>معرّفًا (حروف لاتينية صغيرة وأرقام وشرطات)</translation>
        </message>
        <message>
            <source>cannot read the file: {0}</source>
            <translation>تتعذّر قراءة الملف: {0}</translation>
        </message>
        <message>
            <source>cannot read the source file "{0}": {1}</source>
            <translation>تعذّرت قراءة ملف المصدر "{0}": {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1}</source>
            <translation>الخيار {0} من {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: false but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>في الخيار {0} من {1} correct: false لكن weight {2}؛ الوزن الأكبر من 0 يجعل الخيار صحيحًا: أبقِ الوزن وحده</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: true but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>في الخيار {0} من {1} correct: true لكن weight {2}؛ الوزن الأكبر من 0 يجعل الخيار صحيحًا: أبقِ الوزن وحده</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id</source>
            <translation>يذكر course.yaml "{0}"، لكن لا يوجد درس في هذا المجلد بهذا المعرّف</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id (or it could not be loaded)</source>
            <translation>يذكر course.yaml "{0}"، لكن لا يوجد درس في هذا المجلد بهذا المعرّف (أو تعذّر تحميله)</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only 1 question; lower draw or add questions</source>
            <translation>قيمة draw هي {0} لكن في الاختبار سؤال واحد فقط؛ خفّض draw أو أضف أسئلة</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only {1} questions; lower draw or add questions</source>
            <translation>قيمة draw هي {0} لكن عدد أسئلة الاختبار {1} فقط؛ خفّض draw أو أضف أسئلة</translation>
        </message>
        <message>
            <source>duplicate key '{0}' (first written on line {1}); remove one of them</source>
            <translation>المفتاح '{0}' مكرر (كُتب أول مرة في السطر {1})؛ احذف أحدهما</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}</source>
            <translation>يجب أن يكون كل عنصر من {0} نصًا، لا {1}</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>يجب أن يكون كل عنصر من {0} نصًا، لا {1}؛ يقرأ YAML الكلمات yes/no/y/n/true/false/on/off على أنها صح أو خطأ: ضع النص بين علامتي تنصيص</translation>
        </message>
        <message>
            <source>it does not exist (looked for {0})</source>
            <translation>غير موجود (بُحث عنه في {0})</translation>
        </message>
        <message>
            <source>it is not a regular file (a folder, a device or a pipe?)</source>
            <translation>ليس ملفًا عاديًا (مجلد أو جهاز أو أنبوب؟)</translation>
        </message>
        <message>
            <source>it is not an image; use a PNG, JPEG or SVG file</source>
            <translation>ليس صورة؛ استخدم ملف PNG أو JPEG أو SVG</translation>
        </message>
        <message>
            <source>it leads outside the library folder (through a symbolic link)</source>
            <translation>يؤدي إلى خارج مجلد المكتبة (عبر رابط رمزي)</translation>
        </message>
        <message>
            <source>merge keys '&lt;&lt;' are not supported in lessons</source>
            <translation>مفاتيح الدمج '&lt;&lt;' غير مدعومة في الدروس</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>لا يوجد ملف بهذا الاسم</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
        </message>
        <message>
            <source>none (give the pages an id)</source>
            <translation>لا يوجد (أعطِ الصفحات معرّفات)</translation>
        </message>
        <message>
            <source>not valid YAML: {0}</source>
            <translation>ليس YAML صالحًا: {0}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>قيمة فارغة</translation>
        </message>
        <message>
            <source>one of the listed words</source>
            <translation>إحدى الكلمات المذكورة</translation>
        </message>
        <message>
            <source>page "{0}"</source>
            <translation>الصفحة "{0}"</translation>
        </message>
        <message>
            <source>page "{0}" has an image but no "image_alt": describe the image for students who cannot see it</source>
            <translation>في الصفحة "{0}" صورة بلا "image_alt": صِف الصورة للطلاب الذين لا يستطيعون رؤيتها</translation>
        </message>
        <message>
            <source>page id "{0}" is used twice (first on line {1}); page ids must be unique</source>
            <translation>معرّف الصفحة "{0}" مستخدم مرتين (أول مرة في السطر {1})؛ يجب أن يكون لكل صفحة معرّف مختلف</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>الصفحة {0}</translation>
        </message>
        <message>
            <source>question "{0}"</source>
            <translation>السؤال "{0}"</translation>
        </message>
        <message>
            <source>question id "{0}" is used twice (first on line {1}); question ids must be unique in a lesson</source>
            <translation>معرّف السؤال "{0}" مستخدم مرتين (أول مرة في السطر {1})؛ يجب أن يكون لكل سؤال في الدرس معرّف مختلف</translation>
        </message>
        <message>
            <source>question {0}</source>
            <translation>السؤال {0}</translation>
        </message>
        <message>
            <source>requires "{0}", which is in a cycle of requirements; until it is fixed, the lesson opens without it</source>
            <translation>يتطلّب "{0}"، وهو ضمن حلقة من المتطلبات؛ إلى أن يُصلَح ذلك يُفتح الدرس من دونه</translation>
        </message>
        <message>
            <source>requires "{0}", which is not a lesson in the library; until it is fixed, the lesson opens without it</source>
            <translation>يتطلّب "{0}"، وهو ليس درسًا في المكتبة؛ إلى أن يُصلَح ذلك يُفتح الدرس من دونه</translation>
        </message>
        <message>
            <source>requires makes a cycle ({0}): none of these lessons could ever be opened; remove one of the requirements</source>
            <translation>يشكّل requires حلقة ({0}): لن يمكن فتح أيٍّ من هذه الدروس أبدًا؛ احذف أحد المتطلبات</translation>
        </message>
        <message>
            <source>term {0} of page "{1}"</source>
            <translation>المصطلح {0} في الصفحة "{1}"</translation>
        </message>
        <message>
            <source>text</source>
            <translation>نصًا</translation>
        </message>
        <message>
            <source>the SVG file declares a DOCTYPE or ENTITY, which is not allowed; remove it</source>
            <translation>يعلن ملف SVG عن DOCTYPE أو ENTITY، وهذا غير مسموح؛ احذفه</translation>
        </message>
        <message>
            <source>the SVG file refers to another file ("{0}"); draw it into the SVG instead</source>
            <translation>يشير ملف SVG إلى ملف آخر ("{0}")؛ ارسمه داخل ملف SVG بدلًا من ذلك</translation>
        </message>
        <message>
            <source>the file contains a control character (code {0}) that YAML does not allow; delete it</source>
            <translation>في الملف محرف تحكم (الرمز {0}) لا يقبله YAML؛ احذفه</translation>
        </message>
        <message>
            <source>the file expands to more than {0} values (are aliases '*' repeating each other?); a lesson needs far fewer</source>
            <translation>يتوسع الملف إلى أكثر من {0} قيمة (هل تكرر الأسماء المستعارة '*' بعضها بعضًا؟)؛ الدرس يحتاج إلى أقل من ذلك بكثير</translation>
        </message>
        <message>
            <source>the file is empty; a lesson starts with 'format: 1'</source>
            <translation>الملف فارغ؛ يبدأ الدرس بالسطر 'format: 1'</translation>
        </message>
        <message>
            <source>the file is nested more than {0} levels deep</source>
            <translation>في الملف أكثر من {0} مستوى من التداخل</translation>
        </message>
        <message>
            <source>the file is nested too deeply ({0})</source>
            <translation>الملف متداخل بعمق زائد ({0})</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (byte 0x{0} cannot be read); save it from your editor with the encoding UTF-8</source>
            <translation>الملف ليس بترميز UTF-8 (تتعذّر قراءة البايت 0x{0})؛ احفظه من محرّرك بترميز UTF-8</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16; save it as UTF-8 instead</source>
            <translation>الملف محفوظ بترميز UTF-16؛ احفظه بترميز UTF-8 بدلًا من ذلك</translation>
        </message>
        <message>
            <source>the file is {0} MB; a lesson file may be at most {1} MB (split it, or move large text out of it)</source>
            <translation>حجم الملف {0} ميغابايت؛ ولا يتجاوز ملف الدرس {1} ميغابايت (قسّمه، أو انقل النصوص الطويلة خارجه)</translation>
        </message>
        <message>
            <source>the file is {0} MB; an image may be at most {1} MB (save it smaller)</source>
            <translation>حجم الملف {0} ميغابايت؛ ولا تتجاوز الصورة {1} ميغابايت (احفظها بحجم أصغر)</translation>
        </message>
        <message>
            <source>the image "{0}" cannot be used: {1}</source>
            <translation>لا يمكن استخدام الصورة "{0}": {1}</translation>
        </message>
        <message>
            <source>the image "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>الصورة "{0}" غير موجودة (بُحث عنها في {1})؛ تحقّق من الاسم والمجلد</translation>
        </message>
        <message>
            <source>the lesson</source>
            <translation>الدرس</translation>
        </message>
        <message>
            <source>the lesson id "{0}" is already used by {1}; lesson ids must be unique in a library</source>
            <translation>معرّف الدرس "{0}" مستخدم من قبلُ في {1}؛ يجب أن يكون لكل درس في المكتبة معرّف خاص به</translation>
        </message>
        <message>
            <source>the library folder does not exist</source>
            <translation>مجلد المكتبة غير موجود</translation>
        </message>
        <message>
            <source>the number {0}</source>
            <translation>العدد {0}</translation>
        </message>
        <message>
            <source>the path contains a NUL character</source>
            <translation>يحتوي المسار على محرف NUL</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>المسار فارغ</translation>
        </message>
        <message>
            <source>the picture is {0} × {1} pixels; at most {2} on a side and {3} million in all can be shown (save it smaller)</source>
            <translation>أبعاد الصورة {0} × {1} بكسل؛ ولا يُعرض أكثر من {2} في كل ضلع ولا أكثر من {3} مليون في المجموع (احفظها بحجم أصغر)</translation>
        </message>
        <message>
            <source>the quiz</source>
            <translation>الاختبار</translation>
        </message>
        <message>
            <source>the quiz has no questions; add some or remove the quiz</source>
            <translation>لا أسئلة في الاختبار؛ أضف بعضها أو احذف الاختبار</translation>
        </message>
        <message>
            <source>the quiz has only 1 question; three or more give a fairer score</source>
            <translation>في الاختبار سؤال واحد فقط؛ ثلاثة أسئلة أو أكثر تعطي درجة أعدل</translation>
        </message>
        <message>
            <source>the quiz has only 2 questions; three or more give a fairer score</source>
            <translation>في الاختبار سؤالان فقط؛ ثلاثة أسئلة أو أكثر تعطي درجة أعدل</translation>
        </message>
        <message>
            <source>the source file "{0}" cannot be used: {1}</source>
            <translation>لا يمكن استخدام ملف المصدر "{0}": {1}</translation>
        </message>
        <message>
            <source>the source file "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>ملف المصدر "{0}" غير موجود (بُحث عنه في {1})؛ تحقّق من الاسم والمجلد</translation>
        </message>
        <message>
            <source>the source file "{0}" is not UTF-8 text; save it as UTF-8</source>
            <translation>ملف المصدر "{0}" ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8</translation>
        </message>
        <message>
            <source>the source file "{0}" is {1} MB; a source text may be at most {2} MB (keep the part the lesson quotes)</source>
            <translation>حجم ملف المصدر "{0}" هو {1} ميغابايت؛ الحد الأقصى لنص المصدر {2} ميغابايت (أبقِ الجزء الذي يقتبسه الدرس)</translation>
        </message>
        <message>
            <source>the text "{0}"</source>
            <translation>النص "{0}"</translation>
        </message>
        <message>
            <source>the weights above 0 of {0} add up to {1}%; they must add up to 100%, so that picking every right choice gives full marks</source>
            <translation>مجموع الأوزان الأكبر من 0 في {0} هو {1}%؛ يجب أن يكون مجموعها 100% حتى ينال من يختار كل الخيارات الصحيحة الدرجة الكاملة</translation>
        </message>
        <message>
            <source>this folder cannot be read ({0}); its lessons are missing</source>
            <translation>تتعذّر قراءة هذا المجلد ({0})؛ دروسه غير موجودة</translation>
        </message>
        <message>
            <source>this is a binary file, not a YAML text file</source>
            <translation>هذا ملف ثنائي، وليس ملف نص YAML</translation>
        </message>
        <message>
            <source>this is not a regular file (a folder, a device or a pipe?)</source>
            <translation>ليس ملفًا عاديًا (هل هو مجلد أو جهاز أو أنبوب؟)</translation>
        </message>
        <message>
            <source>this looks like a course file; name it course.yaml</source>
            <translation>يبدو هذا ملف مقرر؛ سمِّه course.yaml</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>كبير جدًا</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true أو false</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; did you mean "{2}"?</source>
            <translation>مفتاح غير معروف "{0}" في {1}؛ هل تقصد "{2}"؟</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; known keys here: {2}</source>
            <translation>مفتاح غير معروف "{0}" في {1}؛ المفاتيح المعروفة هنا: {2}</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; use a plain list or mapping</source>
            <translation>نوع YAML غير مدعوم {0}؛ استخدم قائمة بسيطة أو مجموعة مفاتيح</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; write plain text instead</source>
            <translation>نوع YAML غير مدعوم {0}؛ اكتب نصًا عاديًا بدلًا منه</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit</source>
            <translation>{0} "{1}" ليس معرّفًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات، وابدأ بحرف أو رقم</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit; for example "{2}"</source>
            <translation>{0} "{1}" ليس معرّفًا صالحًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات، وابدأ بحرف أو رقم؛ مثلًا "{2}"</translation>
        </message>
        <message>
            <source>{0} has 0 choices; give it two or more</source>
            <translation>لا خيارات في {0}؛ أعطه خيارين أو أكثر</translation>
        </message>
        <message>
            <source>{0} has 1 choice; give it two or more</source>
            <translation>في {0} خيار واحد فقط؛ أعطه خيارين أو أكثر</translation>
        </message>
        <message>
            <source>{0} has a quote, but the lesson has no source file to check it against; add source: file: with a copy of the source text</source>
            <translation>في {0} اقتباس، لكن ليس في الدرس ملف مصدر للتحقق منه؛ أضف source: file: مع نسخة من نص المصدر</translation>
        </message>
        <message>
            <source>{0} has no "choices": give it two or more (or use type: true_false)</source>
            <translation>لا يوجد "choices" في {0}: أعطه خيارين أو أكثر (أو استخدم type: true_false)</translation>
        </message>
        <message>
            <source>{0} has no correct choice; mark the right ones with correct: true</source>
            <translation>لا يوجد خيار صحيح في {0}؛ علّم الصحيحة بـ correct: true</translation>
        </message>
        <message>
            <source>{0} has no explanation; students learn more when told why</source>
            <translation>ليس في {0} شرح؛ يتعلم الطلاب أكثر حين يُقال لهم السبب</translation>
        </message>
        <message>
            <source>{0} has the choice "{1}" but its choices are shuffled, so "{2}" may not come last; set shuffle: false on the question</source>
            <translation>في {0} الخيار "{1}" لكن خياراته تُخلط، فقد لا يأتي "{2}" في الآخر؛ ضع shuffle: false في السؤال</translation>
        </message>
        <message>
            <source>{0} has two choices with the same text "{1}" (lines {2} and {3}); every choice must differ</source>
            <translation>في {0} خياران بالنص نفسه "{1}" (السطران {2} و{3})؛ يجب أن يختلف كل خيار عن غيره</translation>
        </message>
        <message>
            <source>{0} has weights, and they say how it scores: remove "scoring"</source>
            <translation>في {0} أوزان، وهي التي تحدد طريقة التقييم: احذف "scoring"</translation>
        </message>
        <message>
            <source>{0} is empty; write some text</source>
            <translation>{0} فارغ؛ اكتب نصًا</translation>
        </message>
        <message>
            <source>{0} is missing the required key "{1}" ({2})</source>
            <translation>ينقص {0} المفتاح المطلوب "{1}" ({2})</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs a choice worth 100% (weight: 100 or correct: true); its best choice is worth {1}%</source>
            <translation>{0} سؤال باختيار واحد ويحتاج إلى خيار قيمته 100% (weight: 100 أو correct: true)؛ قيمة أفضل خياراته {1}%</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; keep one, or set type: multiple</source>
            <translation>{0} سؤال ذو خيار واحد ويحتاج إلى خيار صحيح واحد بالضبط، لكن فيه {1}؛ أبقِ واحدًا، أو اجعل type: multiple</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; mark the right one with correct: true</source>
            <translation>{0} سؤال ذو خيار واحد ويحتاج إلى خيار صحيح واحد بالضبط، لكن فيه {1}؛ علّم الصحيح بـ correct: true</translation>
        </message>
        <message>
            <source>{0} is true_false but has no "answer": write answer: true or false</source>
            <translation>{0} من نوع true_false لكن ليس له "answer": اكتب answer: true أو false</translation>
        </message>
        <message>
            <source>{0} is true_false: remove its choices and write answer: true or answer: false</source>
            <translation>{0} من نوع true_false: احذف خياراته واكتب answer: true أو answer: false</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be at least {2}</source>
            <translation>قيمة {0} هي {1}؛ يجب ألا تقل عن {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be between {2} and {3}</source>
            <translation>قيمة {0} هي {1}؛ يجب أن تكون بين {2} و{3}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be more than {2}</source>
            <translation>قيمة {0} هي {1}؛ يجب أن تكون أكبر من {2}</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be {2}</source>
            <translation>قيمة {0} هي {1}؛ يجب أن تكون {2}</translation>
        </message>
        <message>
            <source>{0} looks like a number but is not one; put it in quotes if it is text</source>
            <translation>يبدو {0} عددًا لكنه ليس كذلك؛ ضعه بين علامتي تنصيص إن كان نصًا</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}</source>
            <translation>يجب أن يكون {0} معرّفًا (حروف لاتينية صغيرة وأرقام وشرطات)، لا {1}</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the id in quotes</source>
            <translation>يجب أن يكون {0} معرّفًا (حروف لاتينية صغيرة وأرقام وشرطات)، لا {1}؛ يقرأ YAML الكلمات yes/no/y/n/true/false/on/off على أنها صح أو خطأ: ضع المعرّف بين علامتي تنصيص</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}</source>
            <translation>يجب أن يكون {0} واحدًا من {1}، لا {2}</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}; did you mean "{3}"?</source>
            <translation>يجب أن يكون {0} واحدًا من {1}، لا {2}؛ هل تقصد "{3}"؟</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}</source>
            <translation>يجب أن يكون {0} {1}، لا {2}</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>يجب أن يكون {0} {1}، لا {2}؛ يقرأ YAML الكلمات yes/no/y/n/true/false/on/off على أنها صح أو خطأ: ضع النص بين علامتي تنصيص</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; it is empty</source>
            <translation>يجب أن يكون {0} {1}، لا {2}؛ إنه فارغ</translation>
        </message>
        <message>
            <source>{0}: "{1}" in its {2} is not shown: background images and style sheets are never loaded; use an image instead</source>
            <translation>{0}: لا يُعرض "{1}" في {2}: صور الخلفية وأوراق الأنماط لا تُحمَّل أبدًا؛ استخدم صورة بدلًا منها</translation>
        </message>
        <message>
            <source>{0}: see "{1}" names no page of this lesson; page ids here: {2}</source>
            <translation>{0}: see "{1}" لا يشير إلى أي صفحة في هذا الدرس؛ معرّفات الصفحات هنا: {2}</translation>
        </message>
        <message>
            <source>{0}: the image "{1}" in its {2} cannot be used: {3}</source>
            <translation>{0}: لا يمكن استخدام الصورة "{1}" في {2}: {3}</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; no passage of it has a word of the quote</source>
            <translation>{0}: الاقتباس ليس في ملف المصدر {1}؛ لا يوجد فيه مقطع فيه كلمة من الاقتباس</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; the closest passage is: "{2}"</source>
            <translation>{0}: الاقتباس ليس في ملف المصدر {1}؛ أقرب مقطع إليه هو: "{2}"</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n صفحة</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n سؤال</numerusform>
                <numerusform>سؤال واحد</numerusform>
                <numerusform>سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالًا</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) drawn from {0}</source>
            <translation>
                <numerusform>%n سؤال مختارة من {0}</numerusform>
                <numerusform>سؤال واحد مختار من {0}</numerusform>
                <numerusform>سؤالان مختاران من {0}</numerusform>
                <numerusform>%n أسئلة مختارة من {0}</numerusform>
                <numerusform>%n سؤالًا مختارة من {0}</numerusform>
                <numerusform>%n سؤال مختارة من {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Leave the quiz</source>
            <translation>مغادرة الاختبار</translation>
        </message>
        <message>
            <source>Leave the quiz now? Your answers are kept: you can resume it later.</source>
            <translation>هل تغادر الاختبار الآن؟ إجاباتك محفوظة: يمكنك متابعته لاحقًا.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>مغادرة الاختبار؟</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Resume where you stopped, or start over?</source>
            <translation>هل تتابع من حيث توقفت، أم تبدأ من جديد؟</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>البدء من جديد</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>البقاء</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>اختبار لم يكتمل</translation>
        </message>
        <message numerus="yes">
            <source>You left this quiz after {0} of %n question(s).</source>
            <translation>
                <numerusform>تركت هذا الاختبار بعد {0} من %n سؤال.</numerusform>
                <numerusform>تركت هذا الاختبار بعد {0} من سؤال واحد.</numerusform>
                <numerusform>تركت هذا الاختبار بعد {0} من سؤالين.</numerusform>
                <numerusform>تركت هذا الاختبار بعد {0} من %n أسئلة.</numerusform>
                <numerusform>تركت هذا الاختبار بعد {0} من %n سؤالًا.</numerusform>
                <numerusform>تركت هذا الاختبار بعد {0} من %n سؤال.</numerusform>
            </translation>
        </message>
        <message>
            <source>You started this quiz but did not answer a question yet.</source>
            <translation>بدأت هذا الاختبار لكنك لم تُجب عن أي سؤال بعد.</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <source>&amp;Import results…</source>
            <translation>&amp;استيراد النتائج…</translation>
        </message>
        <message>
            <source>A bundle holds every result of this machine, and those merged into it, as xAPI statements. Bring the bundle of each kiosk here and import it: the overview, item analysis and exports then show the whole class. Importing a bundle twice changes nothing.</source>
            <translation>تحتوي الحزمة على كل نتائج هذا الجهاز، والنتائج التي دُمجت فيه، على شكل بيانات xAPI. أحضر حزمة كل كشك إلى هنا واستوردها: عندها تعرض النظرة العامة وتحليل الأسئلة والتصدير الصف كله. استيراد الحزمة مرتين لا يغيّر شيئًا.</translation>
        </message>
        <message>
            <source>Answers: one row per answered question, with the chosen answer, correct, points.</source>
            <translation>الإجابات: صف لكل سؤال أُجيب عنه، مع الإجابة المختارة، وهل هي صحيحة، والنقاط.</translation>
        </message>
        <message>
            <source>CSV opens in a spreadsheet; JSON is for other programs. Times are in UTC. Results have one row per attempt; answers have one row per answered question.</source>
            <translation>يُفتح CSV في جدول بيانات؛ وJSON للبرامج الأخرى. الأوقات بتوقيت UTC. للنتائج صف لكل محاولة؛ وللإجابات صف لكل سؤال أُجيب عنه.</translation>
        </message>
        <message>
            <source>Export &amp;answers (CSV)…</source>
            <translation>تصدير الإ&amp;جابات (CSV)…</translation>
        </message>
        <message>
            <source>Export &amp;results (CSV)…</source>
            <translation>تصدير ال&amp;نتائج (CSV)…</translation>
        </message>
        <message>
            <source>Export a &amp;bundle (xAPI)…</source>
            <translation>تصدير &amp;حزمة (xAPI)…</translation>
        </message>
        <message>
            <source>Export and import</source>
            <translation>التصدير والاستيراد</translation>
        </message>
        <message>
            <source>Export answers (J&amp;SON)…</source>
            <translation>تصدير الإجابات (J&amp;SON)…</translation>
        </message>
        <message>
            <source>Export results (&amp;JSON)…</source>
            <translation>تصدير النتائج (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Export the class's results</source>
            <translation>تصدير نتائج الصف</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>Import results from bundles</source>
            <translation>استيراد النتائج من حزم</translation>
        </message>
        <message>
            <source>Results from other machines</source>
            <translation>نتائج الأجهزة الأخرى</translation>
        </message>
        <message>
            <source>Results: one row per attempt, with student, lesson, score, percent, passed, status.</source>
            <translation>النتائج: صف لكل محاولة، مع الطالب والدرس والدرجة والنسبة والنجاح والحالة.</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Countdown</source>
            <translation>العدّ التنازلي</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>ما زلت هنا</translation>
        </message>
        <message>
            <source>Returning to the start in {0} s.</source>
            <translation>العودة إلى البداية بعد {0} ث.</translation>
        </message>
        <message>
            <source>Still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Enter the teacher PIN to open the teacher menu.</source>
            <translation>أدخل رمز المعلّم لفتح قائمة المعلّم.</translation>
        </message>
        <message>
            <source>The app is locked. Enter the teacher PIN to quit.</source>
            <translation>التطبيق مقفل. أدخل رمز المعلّم للخروج.</translation>
        </message>
    </context>
    <context>
        <name>LessonImages</name>
        <message>
            <source>[{0}: not shown, {1}]</source>
            <translation>[{0}: غير معروضة، {1}]</translation>
        </message>
        <message>
            <source>it cannot be decoded ({0})</source>
            <translation>لا يمكن قراءتها ({0})</translation>
        </message>
        <message>
            <source>its size cannot be read; is the file damaged?</source>
            <translation>لا يمكن قراءة حجمها؛ هل الملف تالف؟</translation>
        </message>
        <message>
            <source>no lesson folder to look in</source>
            <translation>لا يوجد مجلد درس للبحث فيه</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>the image has no file name</source>
            <translation>الصورة بلا اسم ملف</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Back to the library</source>
            <translation>العودة إلى المكتبة</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>قبل أن تبدأ</translation>
        </message>
        <message>
            <source>Lesson page</source>
            <translation>صفحة الدرس</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>الصفحة التالية</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>المقال الأصلي</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>الصفحة {0} من {1}</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>الصفحة السابقة</translation>
        </message>
        <message>
            <source>Source: {0}</source>
            <translation>المصدر: {0}</translation>
        </message>
        <message>
            <source>Start reading</source>
            <translation>ابدأ القراءة</translation>
        </message>
        <message>
            <source>Take the quiz</source>
            <translation>ابدأ الاختبار</translation>
        </message>
        <message>
            <source>{0}, page {1} of {2}: {3}</source>
            <translation>{0}، الصفحة {1} من {2}: {3}</translation>
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
                <numerusform>أُجيب عن %n سؤال. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
                <numerusform>أُجيب عن سؤال واحد. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
                <numerusform>أُجيب عن سؤالين. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
                <numerusform>أُجيب عن %n أسئلة. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
                <numerusform>أُجيب عن %n سؤالًا. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
                <numerusform>أُجيب عن %n سؤال. الأقل صوابًا: «{0}» ({1}% صحيحة).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>ال&amp;درس:</translation>
        </message>
        <message>
            <source>Avg. time</source>
            <translation>متوسط الوقت</translation>
        </message>
        <message>
            <source>Chart of the share correct per question</source>
            <translation>رسم نسبة الإجابات الصحيحة لكل سؤال</translation>
        </message>
        <message>
            <source>Chose it</source>
            <translation>اختاروها</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>الدرس</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>الإجابة الخاطئة الأكثر اختيارًا</translation>
        </message>
        <message>
            <source>Nobody has answered this lesson's questions yet.</source>
            <translation>لم يُجب أحد عن أسئلة هذا الدرس بعد.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Questions, the least often right first</source>
            <translation>الأسئلة، الأقل صوابًا أولًا</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>صحيحة</translation>
        </message>
        <message>
            <source>Share answering each question correctly</source>
            <translation>نسبة من أجاب عن كل سؤال إجابة صحيحة</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message numerus="yes">
            <source>%n lessons could not be opened. Ask your teacher.</source>
            <translation>
                <numerusform>لم يُفتح أي درس. اسأل معلّمك.</numerusform>
                <numerusform>تعذّر فتح درس واحد. اسأل معلّمك.</numerusform>
                <numerusform>تعذّر فتح درسين. اسأل معلّمك.</numerusform>
                <numerusform>تعذّر فتح %n دروس. اسأل معلّمك.</numerusform>
                <numerusform>تعذّر فتح %n درسًا. اسأل معلّمك.</numerusform>
                <numerusform>تعذّر فتح %n درس. اسأل معلّمك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best score {0}%</source>
            <translation>أفضل درجة {0}%</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>الدروس</translation>
        </message>
        <message>
            <source>Loading lessons…</source>
            <translation>جارٍ تحميل الدروس…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
        <message>
            <source>Locked: pass {0} first to open it.</source>
            <translation>مقفل: انجح في {0} أولًا لتفتحه.</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>لم تنجح بعد</translation>
        </message>
        <message>
            <source>Not taken yet</source>
            <translation>لم تبدأ بعد</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open {0}</source>
            <translation>فتح {0}</translation>
        </message>
        <message>
            <source>Pass {0} first</source>
            <translation>انجح في {0} أولًا</translation>
        </message>
        <message>
            <source>Passed ✓</source>
            <translation>ناجح ✓</translation>
        </message>
        <message>
            <source>Quiz started: resume it any time</source>
            <translation>بدأت الاختبار: تابعه متى شئت</translation>
        </message>
        <message>
            <source>Reading only</source>
            <translation>للقراءة فقط</translation>
        </message>
        <message>
            <source>Signed in as {0}</source>
            <translation>أنت {0}</translation>
        </message>
        <message>
            <source>Switch student</source>
            <translation>تغيير الطالب</translation>
        </message>
        <message>
            <source>There are no lessons to show yet.</source>
            <translation>لا توجد دروس لعرضها بعد.</translation>
        </message>
        <message>
            <source>This lesson could not be opened. Ask your teacher.</source>
            <translation>تعذّر فتح هذا الدرس. اسأل معلّمك.</translation>
        </message>
        <message>
            <source>quiz started</source>
            <translation>بدأ الاختبار</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} د</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>&amp;المعلّم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>حجم النص الافتراضي</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>الدروس</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>شريط القوائم</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>Teacher area…</source>
            <translation>منطقة المعلّم…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Item analysis of this lesson</source>
            <translation>&amp;تحليل أسئلة هذا الدرس</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>ال&amp;درس:</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>كل الدروس</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>أفضل درجة</translation>
        </message>
        <message>
            <source>Class overview</source>
            <translation>نظرة عامة على الصف</translation>
        </message>
        <message>
            <source>Class overview: students and lessons</source>
            <translation>نظرة عامة على الصف: الطلاب والدروس</translation>
        </message>
        <message>
            <source>Clear the name filter</source>
            <translation>مسح مرشّح الاسم</translation>
        </message>
        <message>
            <source>Enter or double-click opens a student.</source>
            <translation>Enter أو النقر المزدوج يفتح الطالب.</translation>
        </message>
        <message>
            <source>Filter by student name</source>
            <translation>التصفية حسب اسم الطالب</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>المكتملة</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>آخر نشاط</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>الدرس</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>No finished attempt yet</source>
            <translation>لا توجد محاولة مكتملة بعد</translation>
        </message>
        <message>
            <source>No results yet</source>
            <translation>لا توجد نتائج بعد</translation>
        </message>
        <message>
            <source>Open &amp;student</source>
            <translation>&amp;فتح الطالب</translation>
        </message>
        <message>
            <source>Open the item analysis of the selected lesson</source>
            <translation>فتح تحليل أسئلة الدرس المحدد</translation>
        </message>
        <message>
            <source>Open the selected student</source>
            <translation>فتح الطالب المحدد</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>ناجح</translation>
        </message>
        <message>
            <source>Show lesson</source>
            <translation>الدرس المعروض</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>ال&amp;طالب:</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <source>Type part of a name</source>
            <translation>اكتب جزءًا من الاسم</translation>
        </message>
        <message>
            <source>Whole attempts finished; retries of the missed questions are practice</source>
            <translation>المحاولات الكاملة المنتهية؛ إعادة الأسئلة الفائتة تدريب</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} من {1} نقطة</translation>
        </message>
        <message numerus="yes">
            <source>{0} of {1} row(s)</source>
            <translation>
                <numerusform>{0} من {1} صف</numerusform>
                <numerusform>{0} من صف واحد</numerusform>
                <numerusform>{0} من صفّين</numerusform>
                <numerusform>{0} من {1} صفوف</numerusform>
                <numerusform>{0} من {1} صفًا</numerusform>
                <numerusform>{0} من {1} صف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} row(s)</source>
            <translation>
                <numerusform>{0} صف</numerusform>
                <numerusform>صف واحد</numerusform>
                <numerusform>صفّان</numerusform>
                <numerusform>{0} صفوف</numerusform>
                <numerusform>{0} صفًا</numerusform>
                <numerusform>{0} صف</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>About {0} minutes</source>
            <translation>نحو {0} دقيقة</translation>
        </message>
        <message>
            <source>[The picture {0} is not shown: {1}]</source>
            <translation>[الصورة {0} غير معروضة: {1}]</translation>
        </message>
        <message>
            <source>a quiz of {0}</source>
            <translation>اختبار من {0}</translation>
        </message>
    </context>
    <context>
        <name>pin_dialog</name>
        <message>
            <source>&amp;Teacher area</source>
            <translation>&amp;منطقة المعلّم</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>جارٍ التحقق من الرمز…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>E&amp;xit kiosk and quit</source>
            <translation>&amp;خروج من وضع الكشك وإغلاق التطبيق</translation>
        </message>
        <message>
            <source>Enter the teacher PIN.</source>
            <translation>أدخل رمز المعلّم.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>No teacher PIN is set, so this machine stays locked. The teacher must set one from a terminal with:

    lessonapp set-pin

(with the same --data-dir as the kiosk), then restart the app.</source>
            <translation>لم يُضبط رمز للمعلّم، لذلك يبقى هذا الجهاز مقفلًا. على المعلّم ضبط رمز من الطرفية بالأمر:

    lessonapp set-pin

(مع نفس --data-dir الخاص بالكشك)، ثم إعادة تشغيل التطبيق.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>المعلّم</translation>
        </message>
        <message>
            <source>Teacher PIN</source>
            <translation>رمز المعلّم</translation>
        </message>
        <message>
            <source>Teacher menu</source>
            <translation>قائمة المعلّم</translation>
        </message>
        <message>
            <source>Type the PIN first.</source>
            <translation>اكتب الرمز أولًا.</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>سبب رفض الرمز</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>رمز خاطئ.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again in {0} s</source>
            <translation>رمز خاطئ. حاول مرة أخرى بعد {0} ث</translation>
        </message>
        <message>
            <source>Wrong PIN. You can try again now.</source>
            <translation>رمز خاطئ. يمكنك المحاولة مرة أخرى الآن.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>العودة إلى الدرس</translation>
        </message>
        <message>
            <source>Back to the lesson's start page</source>
            <translation>العودة إلى صفحة بداية الدرس</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>الدرس</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>حالة المعاينة</translation>
        </message>
        <message>
            <source>Preview: {0}</source>
            <translation>معاينة: {0}</translation>
        </message>
        <message>
            <source>Previewing {0}. It reloads each time you save.</source>
            <translation>معاينة {0}. يُعاد تحميلها في كل مرة تحفظ فيها.</translation>
        </message>
        <message>
            <source>Problems in the lesson file</source>
            <translation>مشكلات في ملف الدرس</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>صفحة البداية</translation>
        </message>
        <message>
            <source>line {0}, column {1}: error: {2}</source>
            <translation>السطر {0}، العمود {1}: خطأ: {2}</translation>
        </message>
        <message>
            <source>line {0}, column {1}: warning: {2}</source>
            <translation>السطر {0}، العمود {1}: تنبيه: {2}</translation>
        </message>
        <message numerus="yes">
            <source>{0} cannot be shown: %n error(s). Fix them and save.</source>
            <translation>
                <numerusform>لا يمكن عرض {0}: %n خطأ. أصلحها واحفظ.</numerusform>
                <numerusform>لا يمكن عرض {0}: خطأ واحد. أصلحه واحفظ.</numerusform>
                <numerusform>لا يمكن عرض {0}: خطآن. أصلحهما واحفظ.</numerusform>
                <numerusform>لا يمكن عرض {0}: %n أخطاء. أصلحها واحفظ.</numerusform>
                <numerusform>لا يمكن عرض {0}: %n خطأً. أصلحها واحفظ.</numerusform>
                <numerusform>لا يمكن عرض {0}: %n خطأ. أصلحها واحفظ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n error(s); showing the last version that worked. Fix them and save.</source>
            <translation>
                <numerusform>في {0} %n خطأ؛ تُعرض آخر نسخة كانت تعمل. أصلحها واحفظ.</numerusform>
                <numerusform>في {0} خطأ واحد؛ تُعرض آخر نسخة كانت تعمل. أصلحه واحفظ.</numerusform>
                <numerusform>في {0} خطآن؛ تُعرض آخر نسخة كانت تعمل. أصلحهما واحفظ.</numerusform>
                <numerusform>في {0} %n أخطاء؛ تُعرض آخر نسخة كانت تعمل. أصلحها واحفظ.</numerusform>
                <numerusform>في {0} %n خطأً؛ تُعرض آخر نسخة كانت تعمل. أصلحها واحفظ.</numerusform>
                <numerusform>في {0} %n خطأ؛ تُعرض آخر نسخة كانت تعمل. أصلحها واحفظ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>{0}, line {1}, warning: {2}</source>
            <translation>{0}، السطر {1}، تنبيه: {2}</translation>
        </message>
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}، السطر {1}: {2}</translation>
        </message>
        <message>
            <source>{0}, warning: {1}</source>
            <translation>{0}، تنبيه: {1}</translation>
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
                <numerusform>لم يتعذّر تحميل أي ملف درس.</numerusform>
                <numerusform>تعذّر تحميل ملف درس واحد.</numerusform>
                <numerusform>تعذّر تحميل ملفَّي درس.</numerusform>
                <numerusform>تعذّر تحميل %n ملفات دروس.</numerusform>
                <numerusform>تعذّر تحميل %n ملفًا من ملفات الدروس.</numerusform>
                <numerusform>تعذّر تحميل %n ملف درس.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every lesson file was loaded.</source>
            <translation>حُمّلت كل ملفات الدروس.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Lesson files that could not be loaded</source>
            <translation>ملفات الدروس التي تعذّر تحميلها</translation>
        </message>
        <message>
            <source>Lesson problems</source>
            <translation>مشكلات الدروس</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <source>Students see only “This lesson could not be opened. Ask your teacher.” Fix each file at the line shown, then check it with: lessonapp validate FILE (or watch it with: lessonapp preview FILE).</source>
            <translation>لا يرى الطلاب إلا «تعذّر فتح هذا الدرس. اسأل معلّمك.» أصلح كل ملف عند السطر المذكور، ثم تحقّق منه بالأمر: lessonapp validate FILE (أو تابعه بالأمر: lessonapp preview FILE).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesScreen</name>
        <message>
            <source>Add a student</source>
            <translation>إضافة طالب</translation>
        </message>
        <message>
            <source>Choose your name and press Enter.</source>
            <translation>اختر اسمك واضغط Enter.</translation>
        </message>
        <message>
            <source>Choose your name first: use the arrow keys or click it, then press Enter.</source>
            <translation>اختر اسمك أولًا: استخدم مفاتيح الأسهم أو انقر عليه، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>New student's name</source>
            <translation>اسم الطالب الجديد</translation>
        </message>
        <message>
            <source>No students yet: add your name below.</source>
            <translation>لا يوجد طلاب بعد: أضف اسمك في الأسفل.</translation>
        </message>
        <message>
            <source>No students yet: ask your teacher to add your name.</source>
            <translation>لا يوجد طلاب بعد: اطلب من معلّمك إضافة اسمك.</translation>
        </message>
        <message>
            <source>Please type a name first.</source>
            <translation>اكتب اسمًا أولًا من فضلك.</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>مشكلة في الاسم</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>الطلاب</translation>
        </message>
        <message>
            <source>There is already a student called {0}. Choose them above, or add a different name.</source>
            <translation>يوجد طالب اسمه {0} بالفعل. اختره في الأعلى، أو أضف اسمًا مختلفًا.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list. Choose {0} above, or add something that tells you apart, such as an initial.</source>
            <translation>هذا الاسم يبدو مثل {0} الموجود في القائمة. اختر {0} في الأعلى، أو أضف شيئًا يميّزك، مثل الحرف الأول من اسم العائلة.</translation>
        </message>
        <message>
            <source>Who is learning?</source>
            <translation>من يتعلّم؟</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>False</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>السؤال التالي</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>صحيحة جزئيًا:</translation>
        </message>
        <message>
            <source>Partly right: {0}</source>
            <translation>صحيحة جزئيًا: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s).</source>
            <translation>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة.</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من نقطة واحدة.</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من نقطتين.</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقاط.</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة.</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points.</source>
            <translation>صحيحة جزئيًا: {0} من {1} نقطة.</translation>
        </message>
        <message>
            <source>Pick an answer first: press a number key from 1 to {0}.</source>
            <translation>اختر إجابة أولًا: اضغط مفتاح رقم من 1 إلى {0}.</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>عرض نتائجي</translation>
        </message>
        <message>
            <source>The right answer: {0}</source>
            <translation>الإجابة الصحيحة: {0}</translation>
        </message>
        <message>
            <source>The right answers:</source>
            <translation>الإجابات الصحيحة:</translation>
        </message>
        <message>
            <source>True</source>
            <translation>صح</translation>
        </message>
        <message>
            <source>Your answer could not be saved. {0} Your choice stays: press Enter to save it.</source>
            <translation>لم يمكن حفظ إجابتك. {0} اختيارك باقٍ: اضغط Enter لحفظه.</translation>
        </message>
        <message>
            <source>Your result could not be saved. {0} Press Enter to save it.</source>
            <translation>لم يمكن حفظ نتيجتك. {0} اضغط Enter لحفظها.</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Back to the question</source>
            <translation>العودة إلى السؤال</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Check the answer</source>
            <translation>تحقّق من الإجابة</translation>
        </message>
        <message>
            <source>Choose all that apply (keys 1–{0}), then press Enter.</source>
            <translation>اختر كل الإجابات المناسبة (المفاتيح ⁦1–{0}⁩)، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–{0}), then press Enter.</source>
            <translation>اختر إجابة واحدة (المفاتيح ⁦1–{0}⁩)، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>Feedback: {0}</source>
            <translation>الملاحظات: {0}</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>من المقال: «{0}»</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>مغادرة الاختبار</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>ليس تمامًا.</translation>
        </message>
        <message>
            <source>Page to re-read</source>
            <translation>صفحة للمراجعة</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation>السؤال {0} من {1}</translation>
        </message>
        <message>
            <source>Quiz: {0}</source>
            <translation>الاختبار: {0}</translation>
        </message>
        <message>
            <source>Re-read: {0}</source>
            <translation>راجع: {0}</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>صحيح!</translation>
        </message>
        <message>
            <source>Time left {0}</source>
            <translation>الوقت المتبقي {0}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>صح</translation>
        </message>
        <message>
            <source>choose all that apply</source>
            <translation>اختر كل ما ينطبق</translation>
        </message>
        <message>
            <source>choose one</source>
            <translation>اختر إجابة واحدة</translation>
        </message>
        <message>
            <source>{0}, {1}: {2}</source>
            <translation>{0}، {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message numerus="yes">
            <source>All %n question(s) you missed are now right.</source>
            <translation>
                <numerusform>كل الأسئلة التي أخطأت فيها صحيحة الآن.</numerusform>
                <numerusform>السؤال الذي أخطأت فيه صحيح الآن.</numerusform>
                <numerusform>السؤالان اللذان أخطأت فيهما صحيحان الآن.</numerusform>
                <numerusform>كل الأسئلة الـ%n التي أخطأت فيها صحيحة الآن.</numerusform>
                <numerusform>كل الأسئلة الـ%n التي أخطأت فيها صحيحة الآن.</numerusform>
                <numerusform>كل الأسئلة الـ%n التي أخطأت فيها صحيحة الآن.</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>العودة إلى المكتبة</translation>
        </message>
        <message>
            <source>False</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>من المقال: «{0}»</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n question(s) you missed is right yet.</source>
            <translation>
                <numerusform>لا شيء من الأسئلة التي أخطأت فيها صحيح بعد.</numerusform>
                <numerusform>السؤال الذي أخطأت فيه ليس صحيحًا بعد.</numerusform>
                <numerusform>لا أحد من السؤالين اللذين أخطأت فيهما صحيح بعد.</numerusform>
                <numerusform>لا شيء من الأسئلة الـ%n التي أخطأت فيها صحيح بعد.</numerusform>
                <numerusform>لا شيء من الأسئلة الـ%n التي أخطأت فيها صحيح بعد.</numerusform>
                <numerusform>لا شيء من الأسئلة الـ%n التي أخطأت فيها صحيح بعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>لم تُجب</translation>
        </message>
        <message>
            <source>Not passed yet: you need {0}% to pass.</source>
            <translation>لم تنجح بعد: تحتاج إلى {0}% للنجاح.</translation>
        </message>
        <message numerus="yes">
            <source>Now right: {0} of the %n question(s) you missed.</source>
            <translation>
                <numerusform>صحيح الآن: {0} من %n سؤال أخطأت فيها.</numerusform>
                <numerusform>صحيح الآن: {0} من السؤال الذي أخطأت فيه.</numerusform>
                <numerusform>صحيح الآن: {0} من السؤالين اللذين أخطأت فيهما.</numerusform>
                <numerusform>صحيح الآن: {0} من %n أسئلة أخطأت فيها.</numerusform>
                <numerusform>صحيح الآن: {0} من %n سؤالًا أخطأت فيها.</numerusform>
                <numerusform>صحيح الآن: {0} من %n سؤال أخطأت فيها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right</source>
            <translation>صحيحة جزئيًا</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>صحيحة جزئيًا:</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s)</source>
            <translation>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من نقطة واحدة</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من نقطتين</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقاط</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة</numerusform>
                <numerusform>صحيحة جزئيًا: {0} من %n نقطة</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points</source>
            <translation>صحيحة جزئيًا: {0} من {1} نقطة</translation>
        </message>
        <message>
            <source>Passed — well done!</source>
            <translation>نجحت — أحسنت!</translation>
        </message>
        <message>
            <source>Practice: {0}</source>
            <translation>تدريب: {0}</translation>
        </message>
        <message>
            <source>Results: {0}</source>
            <translation>النتائج: {0}</translation>
        </message>
        <message>
            <source>Retry the ones I missed</source>
            <translation>إعادة ما أخطأت فيه</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>صحيحة</translation>
        </message>
        <message>
            <source>Score {0} percent</source>
            <translation>الدرجة {0} بالمئة</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>أعد الاختبار</translation>
        </message>
        <message numerus="yes">
            <source>The right answer:</source>
            <translation>
                <numerusform>الإجابات الصحيحة:</numerusform>
                <numerusform>الإجابة الصحيحة:</numerusform>
                <numerusform>الإجابتان الصحيحتان:</numerusform>
                <numerusform>الإجابات الصحيحة:</numerusform>
                <numerusform>الإجابات الصحيحة:</numerusform>
                <numerusform>الإجابات الصحيحة:</numerusform>
            </translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%.</source>
            <translation>كان هذا تدريبًا. تبقى نتيجتك في هذا الدرس {0}%.</translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%: take the whole quiz again to pass.</source>
            <translation>كان هذا تدريبًا. تبقى نتيجتك في هذا الدرس {0}%: أعد الاختبار كاملًا لتنجح.</translation>
        </message>
        <message>
            <source>This was practice: it does not change your result for this lesson.</source>
            <translation>كان هذا تدريبًا: لا يغيّر نتيجتك في هذا الدرس.</translation>
        </message>
        <message>
            <source>This was practice: take the whole quiz to get a result for this lesson.</source>
            <translation>كان هذا تدريبًا: أدِّ الاختبار كاملًا لتحصل على نتيجة في هذا الدرس.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>صح</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>خاطئة</translation>
        </message>
        <message>
            <source>You have finished the quiz.</source>
            <translation>أنهيت الاختبار.</translation>
        </message>
        <message numerus="yes">
            <source>Your answer:</source>
            <translation>
                <numerusform>إجاباتك:</numerusform>
                <numerusform>إجابتك:</numerusform>
                <numerusform>إجابتاك:</numerusform>
                <numerusform>إجاباتك:</numerusform>
                <numerusform>إجاباتك:</numerusform>
                <numerusform>إجاباتك:</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>إجاباتك</translation>
        </message>
        <message>
            <source>Your answers and the right ones are below.</source>
            <translation>إجاباتك والإجابات الصحيحة في الأسفل.</translation>
        </message>
        <message>
            <source>pass mark {0}%</source>
            <translation>درجة النجاح {0}%</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n point(s)</source>
            <translation>
                <numerusform>{0} من %n نقطة</numerusform>
                <numerusform>{0} من نقطة واحدة</numerusform>
                <numerusform>{0} من نقطتين</numerusform>
                <numerusform>{0} من %n نقاط</numerusform>
                <numerusform>{0} من %n نقطة</numerusform>
                <numerusform>{0} من %n نقطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n question(s) right</source>
            <translation>
                <numerusform>إجابات صحيحة: {0} من %n سؤال</numerusform>
                <numerusform>إجابات صحيحة: {0} من سؤال واحد</numerusform>
                <numerusform>إجابات صحيحة: {0} من سؤالين</numerusform>
                <numerusform>إجابات صحيحة: {0} من %n أسئلة</numerusform>
                <numerusform>إجابات صحيحة: {0} من %n سؤالًا</numerusform>
                <numerusform>إجابات صحيحة: {0} من %n سؤال</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0} من {1}</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{0} من {1} نقطة</translation>
        </message>
        <message>
            <source>{0} of {1} right</source>
            <translation>{0} من {1} صحيحة</translation>
        </message>
    </context>
    <context>
        <name>secret_entry</name>
        <message>
            <source>&amp;Take back the last picture</source>
            <translation>ت&amp;راجع عن الصورة الأخيرة</translation>
        </message>
        <message>
            <source>Apple</source>
            <translation>تفاحة</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>قارب</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>سيارة</translation>
        </message>
        <message>
            <source>Fish</source>
            <translation>سمكة</translation>
        </message>
        <message>
            <source>Flower</source>
            <translation>زهرة</translation>
        </message>
        <message>
            <source>House</source>
            <translation>بيت</translation>
        </message>
        <message>
            <source>Picture {0} of {1}</source>
            <translation>الصورة {0} من {1}</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>نجمة</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>شمس</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>شجرة</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>رمزك</translation>
        </message>
        <message>
            <source>{0} of {1} pictures picked</source>
            <translation>اخترت {0} من {1} صور</translation>
        </message>
    </context>
    <context>
        <name>SendingTab</name>
        <message>
            <source>&amp;Pull the class's results</source>
            <translation>&amp;جلب نتائج الصف</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>إ&amp;رسال الآن</translation>
        </message>
        <message>
            <source>Fetch the results other machines sent to the LRS, and add them here</source>
            <translation>جلب النتائج التي أرسلتها الأجهزة الأخرى إلى LRS وإضافتها هنا</translation>
        </message>
        <message>
            <source>No LRS is set up: results stay on this machine. Add lrs: to the settings file to send them (see docs/classroom.md), or carry them on a USB stick: lessonapp scores export --format xapi.</source>
            <translation>لم يُضبط أي LRS: تبقى النتائج على هذا الجهاز. أضف lrs: إلى ملف الإعدادات لإرسالها (انظر docs/classroom.md)، أو انقلها على ذاكرة USB: lessonapp scores export --format xapi.</translation>
        </message>
        <message>
            <source>Nothing waits.</source>
            <translation>لا شيء ينتظر.</translation>
        </message>
        <message>
            <source>Nothing waits: every result made here has been sent.</source>
            <translation>لا شيء ينتظر: أُرسلت كل النتائج التي سُجّلت هنا.</translation>
        </message>
        <message>
            <source>Pull the class's results from the LRS</source>
            <translation>جلب نتائج الصف من LRS</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Results are sent to {0}</source>
            <translation>تُرسل النتائج إلى {0}</translation>
        </message>
        <message>
            <source>Results sent to the school's learning record store (LRS)</source>
            <translation>النتائج المرسلة إلى مخزن سجلات التعلّم في المدرسة (LRS)</translation>
        </message>
        <message>
            <source>Results the LRS rejected</source>
            <translation>النتائج التي رفضها LRS</translation>
        </message>
        <message>
            <source>Results the LRS rejected: {0} (kept here, never sent again)</source>
            <translation>النتائج التي رفضها LRS: {0} (محفوظة هنا، ولن تُرسل مرة أخرى)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>الإرسال</translation>
        </message>
        <message>
            <source>Statement {0}</source>
            <translation>البيان {0}</translation>
        </message>
        <message>
            <source>The LRS has rejected no result.</source>
            <translation>لم يرفض LRS أي نتيجة.</translation>
        </message>
        <message>
            <source>The last try failed ({0}): {1}</source>
            <translation>فشلت المحاولة الأخيرة ({0}): {1}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Why the LRS rejected it</source>
            <translation>سبب رفض LRS له</translation>
        </message>
        <message>
            <source>{0} results wait to be sent, the oldest since {1}.</source>
            <translation>{0} نتائج تنتظر الإرسال، أقدمها منذ {1}.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>"endpoint" in lrs has a space in it</source>
            <translation>يحتوي "endpoint" في lrs على مسافة</translation>
        </message>
        <message>
            <source>"endpoint" in lrs is not a web address</source>
            <translation>"endpoint" في lrs ليس عنوان ويب</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not end with ?... or #...</source>
            <translation>يجب ألا ينتهي "endpoint" في lrs بـ ?... أو #...</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not hold a user name or password (write them under lrs: username and password_file)</source>
            <translation>يجب ألا يحتوي "endpoint" في lrs على اسم مستخدم أو كلمة مرور (اكتبهما تحت lrs في username وpassword_file)</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must start with https:// (or http://) and a host name</source>
            <translation>يجب أن يبدأ "endpoint" في lrs بـ https:// (أو http://) ثم اسم الخادم</translation>
        </message>
        <message>
            <source>"language" in settings must be a language code such as ar, en, es, fr, ko, or system</source>
            <translation>يجب أن يكون "language" في الإعدادات رمز لغة مثل ar أو en أو es أو fr أو ko، أو system</translation>
        </message>
        <message>
            <source>"password" in lrs is empty</source>
            <translation>"password" في lrs فارغ</translation>
        </message>
        <message>
            <source>"password" in lrs must be one line of text (put it in quotes)</source>
            <translation>يجب أن يكون "password" في lrs سطرًا واحدًا من النص (ضعه بين علامتَي تنصيص)</translation>
        </message>
        <message>
            <source>"roster" in settings has no names</source>
            <translation>لا توجد أسماء في "roster" في الإعدادات</translation>
        </message>
        <message>
            <source>"roster" in settings is empty; write a list of names or the path of a file</source>
            <translation>"roster" في الإعدادات فارغ؛ اكتب قائمة أسماء أو مسار ملف</translation>
        </message>
        <message>
            <source>"school" in settings must be a web address such as https://school.example.org</source>
            <translation>يجب أن يكون "school" في الإعدادات عنوان ويب مثل https://school.example.org</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0} (did you mean "{1}"?); until it is fixed, students sign in with pictures</source>
            <translation>يجب أن يكون "student_sign_in" في الإعدادات picture أو pin، لا {0} (هل تقصد "{1}"؟)؛ وإلى أن يُصحَّح، يدخل الطلاب بالصور</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0}; until it is fixed, students sign in with pictures</source>
            <translation>يجب أن يكون "student_sign_in" في الإعدادات picture أو pin، لا {0}؛ وإلى أن يُصحَّح، يدخل الطلاب بالصور</translation>
        </message>
        <message>
            <source>"username" in lrs cannot have ":" in it (HTTP Basic)</source>
            <translation>لا يمكن أن يحتوي "username" في lrs على ":" (HTTP Basic)</translation>
        </message>
        <message>
            <source>"{0}" cannot be used as a path ({1})</source>
            <translation>لا يمكن استخدام "{0}" مسارًا ({1})</translation>
        </message>
        <message>
            <source>"{0}" is in the roster twice (first on line {1}); listed once</source>
            <translation>"{0}" مذكور في القائمة مرتين (أول مرة في السطر {1})؛ أُدرج مرة واحدة</translation>
        </message>
        <message>
            <source>The LRS's xAPI address (http or https); statements are sent to &lt;endpoint&gt;statements.</source>
            <translation>عنوان xAPI لخادم LRS (http أو https)؛ تُرسل السجلات إلى &lt;endpoint&gt;statements.</translation>
        </message>
        <message>
            <source>The user name (HTTP Basic) the LRS gave this machine.</source>
            <translation>اسم المستخدم (HTTP Basic) الذي أعطاه LRS لهذا الجهاز.</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>قائمة</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>مجموعة مفاتيح</translation>
        </message>
        <message>
            <source>a name cannot contain characters that change the direction of the text; this name is left out</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف تغيّر اتجاه النص؛ استُبعد هذا الاسم</translation>
        </message>
        <message>
            <source>a name cannot contain characters that have no letter or sign to show; this name is left out</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف لا حرف لها ولا رمز يُعرض؛ استُبعد هذا الاسم</translation>
        </message>
        <message>
            <source>a name cannot contain invisible characters; this name is left out</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف غير مرئية؛ استُبعد هذا الاسم</translation>
        </message>
        <message>
            <source>an entry of lesson_folders is empty; write a folder path</source>
            <translation>أحد عناصر lesson_folders فارغ؛ اكتب مسار مجلد</translation>
        </message>
        <message>
            <source>cannot read the password file "{0}" ({1})</source>
            <translation>تتعذّر قراءة ملف كلمة المرور "{0}" ({1})</translation>
        </message>
        <message>
            <source>cannot read the roster file "{0}" ({1})</source>
            <translation>تتعذّر قراءة ملف القائمة "{0}" ({1})</translation>
        </message>
        <message>
            <source>cannot read the settings file ({0}); the app uses its default settings, and kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>تتعذّر قراءة ملف الإعدادات ({0})؛ يستخدم التطبيق إعداداته الافتراضية، ووضع الكشك مُفعّل لأن التطبيق لا يستطيع أن يعرف إن كان هذا الملف يطلبه</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>قيمة فارغة</translation>
        </message>
        <message>
            <source>it is {0} MB, too large for a list of names</source>
            <translation>حجمه {0} ميغابايت، وهو كبير جدًا على قائمة أسماء</translation>
        </message>
        <message>
            <source>it is {0} MB; a settings file is a few lines long</source>
            <translation>حجمه {0} ميغابايت؛ وملف الإعدادات بضعة أسطر فقط</translation>
        </message>
        <message>
            <source>kiosk mode is ON because "{0}" looks like "kiosk"; write kiosk: true or kiosk: false</source>
            <translation>وضع الكشك مُفعّل لأن "{0}" يشبه "kiosk"؛ اكتب kiosk: true أو kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>وضع الكشك مُفعّل لأن التطبيق لا يستطيع أن يعرف إن كان هذا الملف يطلبه</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this line cannot be read; write kiosk: true or kiosk: false</source>
            <translation>وضع الكشك مُفعّل لأن هذا السطر تتعذّر قراءته؛ اكتب kiosk: true أو kiosk: false</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this setting cannot be read; write kiosk: true or kiosk: false</source>
            <translation>وضع الكشك مُفعّل لأن هذا الإعداد تتعذّر قراءته؛ اكتب kiosk: true أو kiosk: false</translation>
        </message>
        <message>
            <source>lrs has both "password" and "password_file"; keep one (password_file is safer)</source>
            <translation>يحتوي lrs على "password" و"password_file" معًا؛ أبقِ واحدًا (password_file أكثر أمانًا)</translation>
        </message>
        <message>
            <source>lrs needs "password_file" (or "password"): what the LRS gave with the user name</source>
            <translation>يحتاج lrs إلى "password_file" (أو "password"): ما أعطاه الـ LRS مع اسم المستخدم</translation>
        </message>
        <message>
            <source>lrs needs school: the address naming the school (for example school: https://school.example.org); nothing is sent until then</source>
            <translation>يحتاج lrs إلى school: العنوان الذي يسمّي المدرسة (مثلًا school: https://school.example.org)؛ لا يُرسل شيء قبل ذلك</translation>
        </message>
        <message>
            <source>the CSV file cannot be read: {0}</source>
            <translation>تتعذّر قراءة ملف CSV: {0}</translation>
        </message>
        <message>
            <source>the lesson folder "{0}" does not exist ({1})</source>
            <translation>مجلد الدروس "{0}" غير موجود ({1})</translation>
        </message>
        <message>
            <source>the name "{0}..." is longer than {1} characters</source>
            <translation>الاسم "{0}..." أطول من {1} محرفًا</translation>
        </message>
        <message>
            <source>the password file "{0}" does not exist ({1})</source>
            <translation>ملف كلمة المرور "{0}" غير موجود ({1})</translation>
        </message>
        <message>
            <source>the password file "{0}" is not UTF-8 text</source>
            <translation>ملف كلمة المرور "{0}" ليس نصًا بترميز UTF-8</translation>
        </message>
        <message>
            <source>the password file "{0}" is {1} bytes; it should hold the password alone</source>
            <translation>حجم ملف كلمة المرور "{0}" هو {1} بايت؛ ويجب ألا يحتوي إلا على كلمة المرور</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line</source>
            <translation>يجب ألا يحتوي ملف كلمة المرور "{0}" إلا على كلمة المرور، في سطر واحد</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line (it is empty)</source>
            <translation>يجب ألا يحتوي ملف كلمة المرور "{0}" إلا على كلمة المرور، في سطر واحد (الملف فارغ)</translation>
        </message>
        <message>
            <source>the roster file "{0}" does not exist ({1})</source>
            <translation>ملف القائمة "{0}" غير موجود ({1})</translation>
        </message>
        <message>
            <source>the roster file "{0}" has no names</source>
            <translation>لا توجد أسماء في ملف القائمة "{0}"</translation>
        </message>
        <message>
            <source>the roster file is not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')</source>
            <translation>ملف القائمة ليس بترميز UTF-8؛ احفظه بترميز UTF-8 (في Excel: 'CSV UTF-8')</translation>
        </message>
        <message>
            <source>the settings file</source>
            <translation>ملف الإعدادات</translation>
        </message>
        <message>
            <source>the settings file cannot be found ({0}); the app uses its default settings</source>
            <translation>تعذّر العثور على ملف الإعدادات ({0})؛ يستخدم التطبيق إعداداته الافتراضية</translation>
        </message>
        <message>
            <source>the settings file does not exist; the app uses its default settings</source>
            <translation>ملف الإعدادات غير موجود؛ يستخدم التطبيق إعداداته الافتراضية</translation>
        </message>
        <message>
            <source>this name looks the same as "{0}" (line {1}) on the name screen; it is left out: tell them apart, e.g. with an initial</source>
            <translation>يبدو هذا الاسم مثل "{0}" (السطر {1}) في شاشة الأسماء؛ استُبعد: ميّز بينهما، بحرف أول مثلًا</translation>
        </message>
        <message>
            <source>{0}; the app uses its default settings</source>
            <translation>{0}؛ يستخدم التطبيق إعداداته الافتراضية</translation>
        </message>
        <message>
            <source>{0}; write the LRS's xAPI address, for example https://lrs.example.org/xapi/</source>
            <translation>{0}؛ اكتب عنوان xAPI الخاص بالـ LRS، مثلًا https://lrs.example.org/xapi/</translation>
        </message>
    </context>
    <context>
        <name>sign_in</name>
        <message>
            <source>&amp;Not me: back to the names</source>
            <translation>&amp;لست أنا: العودة إلى الأسماء</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>يتكوّن الرمز من 4 إلى 8 أرقام.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits that you will remember, and keep it secret.</source>
            <translation>اختر رمزًا من 4 إلى 8 أرقام تتذكّره، واحفظه سرًّا.</translation>
        </message>
        <message>
            <source>Choose three pictures, in an order you will remember. They are your picture password: keep them secret.</source>
            <translation>اختر ثلاث صور بترتيب تتذكّره. إنها كلمة مرورك بالصور: احفظها سرًّا.</translation>
        </message>
        <message>
            <source>Forgot it? Ask your teacher to reset it.</source>
            <translation>هل نسيتها؟ اطلب من معلّمك إعادة تعيينها.</translation>
        </message>
        <message>
            <source>Hello, {0}</source>
            <translation>مرحبًا يا {0}</translation>
        </message>
        <message>
            <source>It could not be saved ({0}). Please tell your teacher.</source>
            <translation>تعذّر حفظها ({0}). أخبر معلّمك من فضلك.</translation>
        </message>
        <message>
            <source>Now pick the same three pictures again, in the same order.</source>
            <translation>والآن اختر الصور الثلاث نفسها مرة أخرى، بالترتيب نفسه.</translation>
        </message>
        <message>
            <source>PIN for {0}</source>
            <translation>رمز {0}</translation>
        </message>
        <message>
            <source>Pick your three pictures, in order.</source>
            <translation>اختر صورك الثلاث بالترتيب.</translation>
        </message>
        <message>
            <source>Picture password for {0}</source>
            <translation>كلمة مرور {0} بالصور</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Signing in does not work just now: the score database cannot be read. Please tell your teacher.</source>
            <translation>لا يعمل تسجيل الدخول الآن: تتعذّر قراءة قاعدة بيانات الدرجات. أخبر معلّمك من فضلك.</translation>
        </message>
        <message>
            <source>Tell {0} what you choose here, out of sight of the others.</source>
            <translation>أخبر {0} بما تختاره هنا، بعيدًا عن أنظار الآخرين.</translation>
        </message>
        <message>
            <source>That could not be saved. Please try again.</source>
            <translation>تعذّر الحفظ. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>That is not your PIN. Try again, or go back and choose your name.</source>
            <translation>هذا ليس رمزك. حاول مرة أخرى، أو عد واختر اسمك.</translation>
        </message>
        <message>
            <source>The two PINs were not the same. Start again: choose a PIN.</source>
            <translation>الرمزان غير متطابقين. ابدأ من جديد: اختر رمزًا.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again, or go back and choose your name.</source>
            <translation>هذه ليست صورك. حاول مرة أخرى، أو عد واختر اسمك.</translation>
        </message>
        <message>
            <source>Those were not the same pictures. Start again: choose three pictures.</source>
            <translation>لم تكن الصور نفسها. ابدأ من جديد: اختر ثلاث صور.</translation>
        </message>
        <message>
            <source>Type the same PIN again.</source>
            <translation>اكتب الرمز نفسه مرة أخرى.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>اكتب رمزك، ثم اضغط Enter.</translation>
        </message>
        <message>
            <source>Wrong too many times. Try again in {0} s.</source>
            <translation>أخطأت مرات كثيرة. حاول مرة أخرى بعد {0} ث.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
        </message>
        <message>
            <source>You have no picture password or PIN yet, and it cannot be saved just now: the score database can only be read. Please tell your teacher.</source>
            <translation>ليست لديك بعد كلمة مرور بالصور ولا رمز، ولا يمكن حفظهما الآن: قاعدة بيانات الدرجات للقراءة فقط. أخبر معلّمك من فضلك.</translation>
        </message>
    </context>
    <context>
        <name>SignInTab</name>
        <message>
            <source>&amp;Reset</source>
            <translation>إعادة ت&amp;عيين</translation>
        </message>
        <message>
            <source>&amp;Set for this student…</source>
            <translation>&amp;تعيين لهذا الطالب…</translation>
        </message>
        <message>
            <source>A student without one chooses it at their next sign-in. Reset it when a student forgets theirs, or set it here for them.</source>
            <translation>يختارها الطالب الذي ليست لديه واحدة عند تسجيل دخوله التالي. أعد تعيينها عندما ينسى طالبٌ كلمته، أو عيّنها له هنا.</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>لم يتغيّر شيء: {0}</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>رمز</translation>
        </message>
        <message>
            <source>Reset the selected student's sign-in</source>
            <translation>إعادة تعيين تسجيل دخول الطالب المحدَّد</translation>
        </message>
        <message>
            <source>Reset: {0} chooses a new one at their next sign-in.</source>
            <translation>أُعيد التعيين: سيختار {0} واحدة جديدة عند تسجيل دخوله التالي.</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>عيّنها</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>تاريخ التعيين</translation>
        </message>
        <message>
            <source>Set the selected student's sign-in</source>
            <translation>تعيين تسجيل دخول الطالب المحدَّد</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <source>Students and their sign-in</source>
            <translation>الطلاب وتسجيل دخولهم</translation>
        </message>
        <message>
            <source>Students sign in with a PIN of 4 to 8 digits after choosing their name.</source>
            <translation>يسجّل الطلاب دخولهم برمز من 4 إلى 8 أرقام بعد اختيار أسمائهم.</translation>
        </message>
        <message>
            <source>Students sign in with a picture password (three of nine pictures, in order) after choosing their name.</source>
            <translation>يسجّل الطلاب دخولهم بكلمة مرور بالصور (ثلاث صور من تسع، بالترتيب) بعد اختيار أسمائهم.</translation>
        </message>
        <message>
            <source>a teacher</source>
            <translation>معلّم</translation>
        </message>
        <message>
            <source>not set yet</source>
            <translation>لم تُعيَّن بعد</translation>
        </message>
        <message>
            <source>picture password</source>
            <translation>كلمة مرور بالصور</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <source>{0} now signs in with what you chose.</source>
            <translation>يسجّل {0} دخوله الآن بما اخترته.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A name can be at most {0} characters long.</source>
            <translation>يمكن أن يتكون الاسم من {0} محرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that change the direction of the text.</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف تغيّر اتجاه النص.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that have no letter or sign to show.</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف لا حرف لها ولا رمز يُعرض.</translation>
        </message>
        <message>
            <source>A name cannot contain invisible characters.</source>
            <translation>لا يمكن أن يحتوي الاسم على محارف غير مرئية.</translation>
        </message>
        <message>
            <source>A new score database cannot be created at {0}.</source>
            <translation>يتعذّر إنشاء قاعدة بيانات درجات جديدة في {0}.</translation>
        </message>
        <message>
            <source>Another program is using the score database in {0}, so answers cannot be saved just now. Close that program (a database viewer, a backup or sync tool), then try again.</source>
            <translation>يستخدم برنامج آخر قاعدة بيانات الدرجات في {0}، فلا يمكن حفظ الإجابات الآن. أغلق ذلك البرنامج (عارض قواعد بيانات أو أداة نسخ احتياطي أو مزامنة)، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Please type a name.</source>
            <translation>اكتب اسمًا من فضلك.</translation>
        </message>
        <message>
            <source>The backup {0} does not exist.</source>
            <translation>النسخة الاحتياطية {0} غير موجودة.</translation>
        </message>
        <message>
            <source>The backup {0} is damaged or not a lessonapp backup; nothing was changed.</source>
            <translation>النسخة الاحتياطية {0} تالفة أو ليست نسخة احتياطية من lessonapp؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>The disk that holds {0} could not be read or written. Check that it is still connected, then try again; if it happens again, tell a teacher.</source>
            <translation>تعذّرت القراءة من القرص الذي يحوي {0} أو الكتابة عليه. تأكّد أنه ما زال موصولًا، ثم حاول مرة أخرى؛ وإن تكرّر ذلك فأخبر معلّمًا.</translation>
        </message>
        <message>
            <source>The disk that holds {0} is full, so answers cannot be saved. Free some space on it (or ask a teacher to), then try again.</source>
            <translation>القرص الذي يحوي {0} ممتلئ، فلا يمكن حفظ الإجابات. أفرغ بعض المساحة فيه (أو اطلب ذلك من معلّم)، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The folder {0} cannot be created ({1}).</source>
            <translation>يتعذّر إنشاء المجلد {0} ({1}).</translation>
        </message>
        <message>
            <source>The score database could not be read (it is damaged or not a database), so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>تعذّرت قراءة قاعدة بيانات الدرجات (فهي تالفة أو ليست قاعدة بيانات)، فحُفظت باسم {0} وبُدئت قاعدة جديدة فارغة في {1}.</translation>
        </message>
        <message>
            <source>The score database has no machine id; it was not made by lessonapp.</source>
            <translation>لا يوجد معرّف جهاز في قاعدة بيانات الدرجات؛ فهي ليست من إنشاء lessonapp.</translation>
        </message>
        <message>
            <source>The score database in {0} cannot be used just now ({1}). Try again, or tell a teacher.</source>
            <translation>لا يمكن استخدام قاعدة بيانات الدرجات في {0} الآن ({1}). حاول مرة أخرى، أو أخبر معلّمًا.</translation>
        </message>
        <message>
            <source>The score database in {0} lost its journal file and is busy, so answers cannot be saved just now. Try again in a moment.</source>
            <translation>فقدت قاعدة بيانات الدرجات في {0} ملف السجل الخاص بها وهي مشغولة، فلا يمكن حفظ الإجابات الآن. حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>The score database in {0} seems to be damaged. Close lessonapp and open it again: it keeps the damaged file aside and starts a new one.</source>
            <translation>يبدو أن قاعدة بيانات الدرجات في {0} تالفة. أغلق lessonapp وافتحه من جديد: سيضع الملف التالف جانبًا ويبدأ ملفًا جديدًا.</translation>
        </message>
        <message>
            <source>The score database is not a lessonapp score database, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>قاعدة بيانات الدرجات ليست من قواعد lessonapp، فحُفظت باسم {0} وبُدئت قاعدة جديدة فارغة في {1}.</translation>
        </message>
        <message>
            <source>The score database was written by a newer version of lessonapp, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>كُتبت قاعدة بيانات الدرجات بإصدار أحدث من lessonapp، فحُفظت باسم {0} وبُدئت قاعدة جديدة فارغة في {1}.</translation>
        </message>
        <message>
            <source>The score database {0} cannot be used and could not be set aside ({1}).</source>
            <translation>لا يمكن استخدام قاعدة بيانات الدرجات {0} وتعذّر وضعها جانبًا ({1}).</translation>
        </message>
        <message>
            <source>The score database {0} could not be read (it is damaged or not a database).</source>
            <translation>تعذّرت قراءة قاعدة بيانات الدرجات {0} (فهي تالفة أو ليست قاعدة بيانات).</translation>
        </message>
        <message>
            <source>The score database {0} is not a lessonapp score database.</source>
            <translation>قاعدة بيانات الدرجات {0} ليست من قواعد lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by a newer version of lessonapp.</source>
            <translation>كُتبت قاعدة بيانات الدرجات {0} بإصدار أحدث من lessonapp.</translation>
        </message>
        <message>
            <source>The score database {0} was written by an older version of lessonapp; open lessonapp once (in a folder it can write to) to bring it up to date.</source>
            <translation>كُتبت قاعدة بيانات الدرجات {0} بإصدار أقدم من lessonapp؛ افتح lessonapp مرة واحدة (في مجلد يمكنه الكتابة فيه) لتحديثها.</translation>
        </message>
        <message>
            <source>The score database's journal file ({0}-wal in {1}) was deleted while lessonapp was running, perhaps by a cleaning or sync program. Every answer given so far was kept: lessonapp wrote them into {0} and goes on. Please keep such programs away from the folder {1}.</source>
            <translation>حُذف ملف السجل الخاص بقاعدة بيانات الدرجات ({0}-wal في {1}) أثناء عمل lessonapp، ربما بفعل برنامج تنظيف أو مزامنة. حُفظت كل الإجابات حتى الآن: كتبها lessonapp في {0} ويتابع عمله. أبعد مثل هذه البرامج عن المجلد {1} من فضلك.</translation>
        </message>
        <message>
            <source>There is already a student called {0}.</source>
            <translation>يوجد طالب باسم {0} من قبل.</translation>
        </message>
        <message>
            <source>There is no score database at {0}.</source>
            <translation>لا توجد قاعدة بيانات درجات في {0}.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list; add something that tells you apart, such as an initial.</source>
            <translation>يبدو هذا الاسم مثل {0} الموجود في القائمة؛ أضف ما يميّزك، كحرف أول مثلًا.</translation>
        </message>
        <message>
            <source>lessonapp cannot save in the folder {0}: it (or the score database in it) is read-only. Lessons can still be read, but answers are not saved until a teacher makes it writable and restarts lessonapp.</source>
            <translation>لا يستطيع lessonapp الحفظ في المجلد {0}: فهو (أو قاعدة بيانات الدرجات التي فيه) للقراءة فقط. يمكن قراءة الدروس، لكن الإجابات لا تُحفظ حتى يجعله معلّم قابلًا للكتابة ويعيد تشغيل lessonapp.</translation>
        </message>
        <message>
            <source>lessonapp is already open on the data folder {0}: use the window that is open, or close it and try again.</source>
            <translation>lessonapp مفتوح بالفعل على مجلد البيانات {0}: استخدم النافذة المفتوحة، أو أغلقها وحاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>StudentTab</name>
        <message>
            <source>&amp;Lesson:</source>
            <translation>ال&amp;درس:</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>كل الدروس</translation>
        </message>
        <message numerus="yes">
            <source>Also %n practice retry(s) of missed questions, not charted.</source>
            <translation>
                <numerusform>وأيضًا %n إعادة تدريب للأسئلة الفائتة، غير مرسومة.</numerusform>
                <numerusform>وأيضًا إعادة تدريب واحدة للأسئلة الفائتة، غير مرسومة.</numerusform>
                <numerusform>وأيضًا إعادتا تدريب للأسئلة الفائتة، غير مرسومتين.</numerusform>
                <numerusform>وأيضًا %n إعادات تدريب للأسئلة الفائتة، غير مرسومة.</numerusform>
                <numerusform>وأيضًا %n إعادة تدريب للأسئلة الفائتة، غير مرسومة.</numerusform>
                <numerusform>وأيضًا %n إعادة تدريب للأسئلة الفائتة، غير مرسومة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers of the selected attempt</source>
            <translation>إجابات المحاولة المحددة</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>المحاولات</translation>
        </message>
        <message>
            <source>Attempts of this student</source>
            <translation>محاولات هذا الطالب</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>المختارة</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>الدرس</translation>
        </message>
        <message>
            <source>Lesson shown in the chart and list</source>
            <translation>الدرس المعروض في الرسم والقائمة</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>No finished attempt yet.</source>
            <translation>لا توجد محاولة مكتملة بعد.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Right?</source>
            <translation>صحيحة؟</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <source>Score of each finished attempt, in order</source>
            <translation>درجة كل محاولة مكتملة، بالترتيب</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>ال&amp;طالب:</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>متروكة</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>مكتملة</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>جارية</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>لم ينجح</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>درجة النجاح</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>ناجح</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>تدريب</translation>
        </message>
        <message>
            <source>{0} has not finished an attempt here yet.</source>
            <translation>لم يُكمل {0} أي محاولة هنا بعد.</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1} finished of %n attempt(s); bars numbered as in the list below.</source>
            <translation>
                <numerusform>{0}: {1} مكتملة من %n محاولة؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
                <numerusform>{0}: {1} مكتملة من محاولة واحدة؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
                <numerusform>{0}: {1} مكتملة من محاولتين؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
                <numerusform>{0}: {1} مكتملة من %n محاولات؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
                <numerusform>{0}: {1} مكتملة من %n محاولة؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
                <numerusform>{0}: {1} مكتملة من %n محاولة؛ الأعمدة مرقّمة كما في القائمة أدناه.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Column headers of {0}: click one to sort</source>
            <translation>عناوين أعمدة {0}: انقر على أحدها للترتيب</translation>
        </message>
        <message>
            <source>Row numbers</source>
            <translation>أرقام الصفوف</translation>
        </message>
    </context>
    <context>
        <name>TeacherArea</name>
        <message>
            <source>&amp;Close teacher area</source>
            <translation>إ&amp;غلاق منطقة المعلّم</translation>
        </message>
        <message>
            <source>&amp;Machine:</source>
            <translation>ال&amp;جهاز:</translation>
        </message>
        <message>
            <source>(lessonapp scores import lists every one)</source>
            <translation>(يعرضها lessonapp scores import كلها)</translation>
        </message>
        <message>
            <source>. First problem: {0}</source>
            <translation>. أول مشكلة: {0}</translation>
        </message>
        <message>
            <source>. It stopped early: {0}</source>
            <translation>. توقف قبل النهاية: {0}</translation>
        </message>
        <message>
            <source>All machines</source>
            <translation>كل الأجهزة</translation>
        </message>
        <message>
            <source>Bac&amp;kups</source>
            <translation>ن&amp;سخ احتياطية</translation>
        </message>
        <message>
            <source>Back to the app (Esc)</source>
            <translation>العودة إلى التطبيق (Esc)</translation>
        </message>
        <message>
            <source>Backed up to {0}</source>
            <translation>نُسخ احتياطيًا إلى {0}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>جارٍ النسخ الاحتياطي…</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>استُعيدت النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>Backup restored. The scores as they were before are kept in {0}.</source>
            <translation>استُعيدت النسخة الاحتياطية. الدرجات كما كانت قبل ذلك محفوظة في {0}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>&amp;نظرة عامة على الصف</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;تصدير</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>تصدير حزمة</translation>
        </message>
        <message>
            <source>Export answers</source>
            <translation>تصدير الإجابات</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message numerus="yes">
            <source>Exported {0} row(s) to {1}</source>
            <translation>
                <numerusform>صُدّر {0} صف إلى {1}</numerusform>
                <numerusform>صُدّر صف واحد إلى {1}</numerusform>
                <numerusform>صُدّر صفّان إلى {1}</numerusform>
                <numerusform>صُدّرت {0} صفوف إلى {1}</numerusform>
                <numerusform>صُدّر {0} صفًا إلى {1}</numerusform>
                <numerusform>صُدّر {0} صف إلى {1}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>جارٍ التصدير إلى {0}…</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>استيراد النتائج</translation>
        </message>
        <message>
            <source>Importing {0} files…</source>
            <translation>جارٍ استيراد {0} ملفات…</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON (*.json)</translation>
        </message>
        <message>
            <source>Lesso&amp;n</source>
            <translation>ال&amp;درس</translation>
        </message>
        <message>
            <source>Lesson &amp;problems</source>
            <translation>م&amp;شكلات الدروس</translation>
        </message>
        <message>
            <source>Machine {0}</source>
            <translation>الجهاز {0}</translation>
        </message>
        <message>
            <source>Merged {0} new results; {1} were here already.</source>
            <translation>دُمجت {0} نتائج جديدة؛ {1} كانت هنا من قبل.</translation>
        </message>
        <message>
            <source>No backup was made: {0}</source>
            <translation>لم تُنشأ نسخة احتياطية: {0}</translation>
        </message>
        <message>
            <source>No bundle to import: put the bundles (.jsonl files) in {0}</source>
            <translation>لا توجد حزمة لاستيرادها: ضع الحزم (ملفات .jsonl) في {0}</translation>
        </message>
        <message>
            <source>No teacher PIN is set: anyone at this computer can open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>لم يُضبط رمز للمعلّم: يستطيع أي شخص على هذا الجهاز فتح منطقة المعلّم. اضبط رمزًا من الطرفية بالأمر: lessonapp set-pin</translation>
        </message>
        <message>
            <source>Nothing was exported to {0}: {1}</source>
            <translation>لم يُصدَّر شيء إلى {0}: {1}</translation>
        </message>
        <message>
            <source>Nothing was exported: {0}</source>
            <translation>لم يُصدَّر شيء: {0}</translation>
        </message>
        <message>
            <source>Nothing was pulled: {0}</source>
            <translation>لم يُجلب شيء: {0}</translation>
        </message>
        <message>
            <source>Pulled: {0}</source>
            <translation>جُلب: {0}</translation>
        </message>
        <message>
            <source>Pulling the class's results from the LRS…</source>
            <translation>جارٍ جلب نتائج الصف من LRS…</translation>
        </message>
        <message>
            <source>Restore the scores from {0}?

The scores as they are now are kept aside in a file beside the database (nothing is deleted), then the app reopens the scores from the backup.</source>
            <translation>استعادة الدرجات من {0}؟

تُحفظ الدرجات الحالية جانبًا في ملف بجوار قاعدة البيانات (لا يُحذف شيء)، ثم يعيد التطبيق فتح الدرجات من النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>استعادة هذه النسخة الاحتياطية؟</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>جارٍ استعادة {0}…</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl *.json);;All files (*)</source>
            <translation>حزم النتائج (*.jsonl *.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl)</source>
            <translation>حزم النتائج (*.jsonl)</translation>
        </message>
        <message>
            <source>S&amp;tudent</source>
            <translation>ال&amp;طالب</translation>
        </message>
        <message>
            <source>Sen&amp;ding</source>
            <translation>إ&amp;رسال</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait.</source>
            <translation>أُرسل {0}؛ ينتظر {1}.</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait: {2}</source>
            <translation>أُرسل {0}؛ ينتظر {1}: {2}</translation>
        </message>
        <message>
            <source>Show the results of</source>
            <translation>عرض نتائج</translation>
        </message>
        <message>
            <source>Si&amp;gn-in</source>
            <translation>تسجيل الد&amp;خول</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Teacher area</source>
            <translation>منطقة المعلّم</translation>
        </message>
        <message>
            <source>Teacher area sections</source>
            <translation>أقسام منطقة المعلّم</translation>
        </message>
        <message>
            <source>The backup was not restored: {0}</source>
            <translation>لم تُستعد النسخة الاحتياطية: {0}</translation>
        </message>
        <message>
            <source>The import stopped: {0}. What was merged before stays; importing again goes on from there.</source>
            <translation>توقف الاستيراد: {0}. ما دُمج من قبل باقٍ؛ والاستيراد مرة أخرى يكمل من هناك.</translation>
        </message>
        <message>
            <source>The teacher PIN has fewer than {0} digits: anyone with a copy of the scores file or a backup could find it in minutes. Set a longer one from a terminal with: lessonapp set-pin</source>
            <translation>رمز المعلّم أقل من {0} أرقام: يمكن لأي شخص لديه نسخة من ملف الدرجات أو من نسخة احتياطية أن يكتشفه في دقائق. اضبط رمزًا أطول من الطرفية بالأمر: lessonapp set-pin</translation>
        </message>
        <message>
            <source>This machine</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>{0} ({1} attempts)</source>
            <translation>{0} ({1} محاولات)</translation>
        </message>
        <message>
            <source>{0} as {1}, every {2} s</source>
            <translation>{0} باسم {1}، كل {2} ث</translation>
        </message>
        <message>
            <source>{0} could not be merged:</source>
            <translation>تعذّر دمج {0}:</translation>
        </message>
    </context>
</TS>
