<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>app</name>
        <message>
            <source>Something went wrong</source>
            <translation>문제가 생겼어요</translation>
        </message>
        <message>
            <source>lessonapp is already open</source>
            <translation>lessonapp가 이미 열려 있습니다</translation>
        </message>
        <message>
            <source>lessonapp ran into a problem it did not expect. The answers given so far are saved. If it happens again, please give your teacher the file {0}.</source>
            <translation>lessonapp에 예상하지 못한 문제가 생겼어요. 지금까지 한 답은 저장되어 있어요. 다시 일어나면 선생님께 {0} 파일을 드리세요.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>About your scores</source>
            <translation>점수 안내</translation>
        </message>
        <message>
            <source>Enter the teacher PIN to open the teacher area.</source>
            <translation>교사 화면을 열려면 교사 PIN을 입력하세요.</translation>
        </message>
        <message>
            <source>Kiosk mode is on but no teacher PIN is set, so nobody can leave the app or open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>키오스크 모드가 켜져 있지만 교사 PIN이 없어서 아무도 앱을 나가거나 교사 화면을 열 수 없습니다. 터미널에서 다음으로 설정하세요: lessonapp set-pin</translation>
        </message>
        <message>
            <source>No teacher PIN</source>
            <translation>교사 PIN 없음</translation>
        </message>
        <message>
            <source>The lesson has changed</source>
            <translation>수업이 바뀌었어요</translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>퀴즈를 시작할 수 없어요</translation>
        </message>
        <message>
            <source>The score database seems to be damaged, and it could not be set aside ({0}). Please tell your teacher.</source>
            <translation>점수 파일이 손상된 것 같은데 따로 옮겨 둘 수 없었어요 ({0}). 선생님께 알려 주세요.</translation>
        </message>
        <message>
            <source>The settings file has problems</source>
            <translation>설정 파일에 문제가 있습니다</translation>
        </message>
        <message>
            <source>This quiz has changed since you left it, so it starts again from the beginning.</source>
            <translation>그만둔 뒤에 퀴즈가 바뀌어서 처음부터 다시 시작해요.</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <source>Article text</source>
            <translation>기사 본문</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>원래 기사</translation>
        </message>
        <message>
            <source>The article cannot be shown: it is not UTF-8 text</source>
            <translation>기사를 보여 줄 수 없어요: UTF-8 텍스트가 아니에요</translation>
        </message>
        <message>
            <source>The article cannot be shown: {0}</source>
            <translation>기사를 보여 줄 수 없어요: {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>지금 백업(&amp;B)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>백업</translation>
        </message>
        <message>
            <source>Backups of the score database</source>
            <translation>점수 백업</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>백업, 최신순</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Kept in {0}</source>
            <translation>보관 위치: {0}</translation>
        </message>
        <message>
            <source>R&amp;estore…</source>
            <translation>복원(&amp;E)…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>선택한 백업 복원</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>만든 때</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Last {0}% ({1}).</source>
            <translation>마지막 {0}% ({1}).</translation>
        </message>
        <message>
            <source>Lowest {0}% ({1}); highest {2}% ({3}).</source>
            <translation>가장 낮음 {0}% ({1}), 가장 높음 {2}% ({3}).</translation>
        </message>
        <message>
            <source>No data.</source>
            <translation>자료 없음.</translation>
        </message>
        <message>
            <source>the line</source>
            <translation>기준선</translation>
        </message>
        <message>
            <source>{0} bars.</source>
            <translation>막대 {0}개.</translation>
        </message>
        <message>
            <source>{0} of {1} at or above {2} ({3}%).</source>
            <translation>{1}개 중 {0}개가 {2} 이상 ({3}%).</translation>
        </message>
    </context>
    <context>
        <name>ChoiceButton</name>
        <message>
            <source>◐ your answer, partly right</source>
            <translation>◐ 내 답, 일부 맞음</translation>
        </message>
        <message>
            <source>✓ right answer</source>
            <translation>✓ 정답</translation>
        </message>
        <message>
            <source>✓ your answer, right</source>
            <translation>✓ 내 답, 맞음</translation>
        </message>
        <message>
            <source>✗ your answer, wrong</source>
            <translation>✗ 내 답, 틀림</translation>
        </message>
    </context>
    <context>
        <name>classroom</name>
        <message>
            <source>fetched 1 statement from the LRS: merged {0}, {1} were here already</source>
            <translation>LRS에서 기록 1개를 받았습니다. {0}개를 합쳤고 {1}개는 이미 있었습니다</translation>
        </message>
        <message>
            <source>fetched {0} statements from the LRS: merged {1}, {2} were here already</source>
            <translation>LRS에서 기록 {0}개를 받았습니다. {1}개를 합쳤고 {2}개는 이미 있었습니다</translation>
        </message>
        <message>
            <source>{0}, {1} are not this school's lessonapp results</source>
            <translation>{0}. {1}개는 이 학교의 lessonapp 결과가 아닙니다</translation>
        </message>
        <message>
            <source>{0}, {1} could not be merged</source>
            <translation>{0}. {1}개는 합칠 수 없었습니다</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>"answer" is only for true_false questions; {0} is {1}: mark its right choices with correct: true (or set type: true_false)</source>
            <translation>"answer"는 true_false 문제에만 씁니다. {0}은(는) {1}입니다. 맞는 선택지에 correct: true를 쓰세요(또는 type: true_false로 하세요)</translation>
        </message>
        <message>
            <source>"scoring" is only for multiple questions; {0} is {1}</source>
            <translation>"scoring"는 multiple 문제에만 씁니다. {0}은(는) {1}입니다</translation>
        </message>
        <message>
            <source>"{0}" in {1}</source>
            <translation>{1}의 "{0}"</translation>
        </message>
        <message>
            <source>"{0}" is not an image; use a PNG, JPEG or SVG file</source>
            <translation>"{0}"은(는) 그림이 아닙니다. PNG, JPEG 또는 SVG 파일을 쓰세요</translation>
        </message>
        <message>
            <source>'..' is not allowed: the file must be inside the library folder</source>
            <translation>'..'는 쓸 수 없습니다. 파일은 라이브러리 폴더 안에 있어야 합니다</translation>
        </message>
        <message>
            <source>Lesson ids in the order to show them.</source>
            <translation>보여 줄 순서대로 적은 수업 ID.</translation>
        </message>
        <message>
            <source>The course's id.</source>
            <translation>과정의 ID.</translation>
        </message>
        <message>
            <source>The course's title.</source>
            <translation>과정의 제목.</translation>
        </message>
        <message>
            <source>The lesson's title.</source>
            <translation>수업의 제목.</translation>
        </message>
        <message>
            <source>The page's title.</source>
            <translation>페이지의 제목.</translation>
        </message>
        <message>
            <source>The question, in Markdown.</source>
            <translation>문제, Markdown으로.</translation>
        </message>
        <message>
            <source>The questions.</source>
            <translation>문제들.</translation>
        </message>
        <message>
            <source>The version of the lesson format: 1.</source>
            <translation>수업 형식의 버전: 1.</translation>
        </message>
        <message>
            <source>The word or phrase.</source>
            <translation>낱말이나 어구.</translation>
        </message>
        <message>
            <source>URLs are not allowed: nothing is fetched from the network; copy the file into the library</source>
            <translation>웹 주소는 쓸 수 없습니다. 네트워크에서 아무것도 받지 않으니 파일을 라이브러리에 복사하세요</translation>
        </message>
        <message>
            <source>Unique in the library; lowercase letters, digits and hyphens.</source>
            <translation>라이브러리에서 하나뿐이어야 합니다. 영어 소문자, 숫자, 하이픈.</translation>
        </message>
        <message>
            <source>Unique within the lesson.</source>
            <translation>수업 안에서 하나뿐이어야 합니다.</translation>
        </message>
        <message>
            <source>What it means, in plain words.</source>
            <translation>쉬운 말로 쓴 뜻.</translation>
        </message>
        <message>
            <source>What the student sees.</source>
            <translation>학생이 보는 내용.</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}</source>
            <translation>YAML 문법 오류: {0}</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; check the indentation of this line and the one before</source>
            <translation>YAML 문법 오류: {0}. 이 줄과 앞 줄의 들여쓰기를 확인하세요</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; does text go on after a closing quote? Quote the whole value, or check the indentation</source>
            <translation>YAML 문법 오류: {0}. 닫는 따옴표 뒤에 텍스트가 이어지나요? 값 전체를 따옴표로 감싸거나 들여쓰기를 확인하세요</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; is this line indented too far, or does a value contain ': '? (put such text in quotes)</source>
            <translation>YAML 문법 오류: {0}. 이 줄이 너무 많이 들여쓰였거나, 값에 ': '가 들어 있나요? (그런 텍스트는 따옴표로 감싸세요)</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; text that starts with * (such as **bold**) must be put in quotes</source>
            <translation>YAML 문법 오류: {0}. *로 시작하는 텍스트(**굵게** 같은)는 따옴표로 감싸야 합니다</translation>
        </message>
        <message>
            <source>YAML syntax error: {0}; the items of a list must line up under each other</source>
            <translation>YAML 문법 오류: {0}. 목록의 항목은 위아래로 줄을 맞춰야 합니다</translation>
        </message>
        <message>
            <source>a course.yaml in a sub-folder is not read; keep one course.yaml at the top of the library folder, or give the sub-folder as a library of its own</source>
            <translation>하위 폴더의 course.yaml은 읽지 않습니다. course.yaml은 라이브러리 폴더 맨 위에 하나만 두거나, 하위 폴더를 따로 라이브러리로 지정하세요</translation>
        </message>
        <message>
            <source>a file path</source>
            <translation>파일 경로</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>유한한 수</translation>
        </message>
        <message>
            <source>a key must be a plain word, not a list or mapping</source>
            <translation>키는 목록이나 키 묶음이 아니라 단순한 낱말이어야 합니다</translation>
        </message>
        <message>
            <source>a language tag such as en or ar</source>
            <translation>en이나 ar 같은 언어 코드</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a list</source>
            <translation>수업 파일은 키의 모음(format:, id:, title: ...)이어야 합니다. 목록이면 안 됩니다</translation>
        </message>
        <message>
            <source>a lesson file must be a mapping of keys (format:, id:, title: ...), not a single value</source>
            <translation>수업 파일은 키의 모음(format:, id:, title: ...)이어야 합니다. 값 하나만 있으면 안 됩니다</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>a list of ids</source>
            <translation>ID 목록</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>텍스트 목록</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>키 묶음</translation>
        </message>
        <message>
            <source>a mapping of keys</source>
            <translation>키 묶음</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>숫자</translation>
        </message>
        <message>
            <source>a tab is used for indentation; indent with spaces only</source>
            <translation>들여쓰기에 탭이 쓰였습니다. 들여쓰기는 공백으로만 하세요</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>정수</translation>
        </message>
        <message>
            <source>absolute paths are not allowed; write the path relative to the lesson file</source>
            <translation>절대 경로는 쓸 수 없습니다. 수업 파일을 기준으로 한 경로를 쓰세요</translation>
        </message>
        <message>
            <source>an alias refers to the list or mapping it is inside</source>
            <translation>별칭이 자신이 들어 있는 목록이나 키 묶음을 가리킵니다</translation>
        </message>
        <message>
            <source>an entry of {0}</source>
            <translation>{0}의 한 항목</translation>
        </message>
        <message>
            <source>an id (lowercase letters, digits and hyphens)</source>
            <translation>ID(영어 소문자, 숫자, 하이픈)</translation>
        </message>
        <message>
            <source>cannot read the file: {0}</source>
            <translation>파일을 읽을 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>cannot read the source file "{0}": {1}</source>
            <translation>출처 파일 "{0}"을(를) 읽을 수 없습니다: {1}</translation>
        </message>
        <message>
            <source>choice {0} of {1}</source>
            <translation>{1}의 {0}번 선택지</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: false but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>{1}의 {0}번 선택지에 correct: false와 weight {2}가 함께 있습니다. 가중치가 0보다 크면 맞는 선택지가 됩니다. 가중치만 남기세요</translation>
        </message>
        <message>
            <source>choice {0} of {1} has correct: true but weight {2}; a weight above 0 makes a choice right: keep only the weight</source>
            <translation>{1}의 {0}번 선택지에 correct: true와 weight {2}가 함께 있습니다. 가중치가 0보다 크면 맞는 선택지가 됩니다. 가중치만 남기세요</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id</source>
            <translation>course.yaml에 "{0}"이(가) 있지만 이 폴더의 어떤 수업에도 그 ID가 없습니다</translation>
        </message>
        <message>
            <source>course.yaml lists "{0}", but no lesson in this folder has that id (or it could not be loaded)</source>
            <translation>course.yaml에 "{0}"이(가) 있지만 이 폴더의 어떤 수업에도 그 ID가 없습니다(또는 불러오지 못했습니다)</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only 1 question; lower draw or add questions</source>
            <translation>draw가 {0}인데 퀴즈에 문제가 1개뿐입니다. draw를 줄이거나 문제를 더 넣으세요</translation>
        </message>
        <message>
            <source>draw is {0} but the quiz has only {1} questions; lower draw or add questions</source>
            <translation>draw가 {0}인데 퀴즈에 문제가 {1}개뿐입니다. draw를 줄이거나 문제를 더 넣으세요</translation>
        </message>
        <message>
            <source>duplicate key '{0}' (first written on line {1}); remove one of them</source>
            <translation>키 '{0}'이(가) 두 번 있습니다(처음은 {1}번째 줄). 하나를 지우세요</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}</source>
            <translation>{0}의 모든 항목은 {1}이(가) 아니라 텍스트여야 합니다</translation>
        </message>
        <message>
            <source>each entry of {0} must be text, not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>{0}의 모든 항목은 {1}이(가) 아니라 텍스트여야 합니다. YAML은 yes/no/y/n/true/false/on/off를 참이나 거짓으로 읽습니다. 텍스트를 따옴표로 감싸세요</translation>
        </message>
        <message>
            <source>it does not exist (looked for {0})</source>
            <translation>없습니다({0}에서 찾았습니다)</translation>
        </message>
        <message>
            <source>it is not a regular file (a folder, a device or a pipe?)</source>
            <translation>일반 파일이 아닙니다(폴더, 장치 또는 파이프인가요?)</translation>
        </message>
        <message>
            <source>it is not an image; use a PNG, JPEG or SVG file</source>
            <translation>그림이 아닙니다. PNG, JPEG 또는 SVG 파일을 쓰세요</translation>
        </message>
        <message>
            <source>it leads outside the library folder (through a symbolic link)</source>
            <translation>(심볼릭 링크를 통해) 라이브러리 폴더 밖으로 이어집니다</translation>
        </message>
        <message>
            <source>merge keys '&lt;&lt;' are not supported in lessons</source>
            <translation>병합 키 '&lt;&lt;'는 수업 파일에서 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>그런 파일이 없습니다</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>그런 파일이나 폴더가 없습니다</translation>
        </message>
        <message>
            <source>none (give the pages an id)</source>
            <translation>없음(페이지에 ID를 주세요)</translation>
        </message>
        <message>
            <source>not valid YAML: {0}</source>
            <translation>올바른 YAML이 아닙니다: {0}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>빈 값</translation>
        </message>
        <message>
            <source>one of the listed words</source>
            <translation>목록에 있는 단어 중 하나</translation>
        </message>
        <message>
            <source>page "{0}"</source>
            <translation>페이지 "{0}"</translation>
        </message>
        <message>
            <source>page "{0}" has an image but no "image_alt": describe the image for students who cannot see it</source>
            <translation>페이지 "{0}"에 그림은 있지만 "image_alt"가 없습니다. 그림을 볼 수 없는 학생을 위해 그림을 설명하세요</translation>
        </message>
        <message>
            <source>page id "{0}" is used twice (first on line {1}); page ids must be unique</source>
            <translation>페이지 ID "{0}"이(가) 두 번 쓰였습니다(처음은 {1}번째 줄). 페이지 ID는 서로 달라야 합니다</translation>
        </message>
        <message>
            <source>page {0}</source>
            <translation>{0}번 페이지</translation>
        </message>
        <message>
            <source>question "{0}"</source>
            <translation>문제 "{0}"</translation>
        </message>
        <message>
            <source>question id "{0}" is used twice (first on line {1}); question ids must be unique in a lesson</source>
            <translation>문제 ID "{0}"이(가) 두 번 쓰였습니다(처음은 {1}번째 줄). 한 수업 안에서 문제 ID는 서로 달라야 합니다</translation>
        </message>
        <message>
            <source>question {0}</source>
            <translation>{0}번 문제</translation>
        </message>
        <message>
            <source>requires "{0}", which is in a cycle of requirements; until it is fixed, the lesson opens without it</source>
            <translation>"{0}"이(가) 필요하지만, 그 수업은 선수 조건이 서로 도는 고리 안에 있습니다. 고칠 때까지 이 수업은 그 조건 없이 열립니다</translation>
        </message>
        <message>
            <source>requires "{0}", which is not a lesson in the library; until it is fixed, the lesson opens without it</source>
            <translation>"{0}"이(가) 필요하지만, 라이브러리에 그런 수업이 없습니다. 고칠 때까지 이 수업은 그 조건 없이 열립니다</translation>
        </message>
        <message>
            <source>requires makes a cycle ({0}): none of these lessons could ever be opened; remove one of the requirements</source>
            <translation>requires가 고리를 이룹니다({0}). 이 수업들은 하나도 열 수 없으니 조건 하나를 지우세요</translation>
        </message>
        <message>
            <source>term {0} of page "{1}"</source>
            <translation>페이지 "{1}"의 {0}번 용어</translation>
        </message>
        <message>
            <source>text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>the SVG file declares a DOCTYPE or ENTITY, which is not allowed; remove it</source>
            <translation>SVG 파일에 DOCTYPE이나 ENTITY가 있습니다. 쓸 수 없으니 지우세요</translation>
        </message>
        <message>
            <source>the SVG file refers to another file ("{0}"); draw it into the SVG instead</source>
            <translation>SVG 파일이 다른 파일("{0}")을 가리킵니다. 그 내용을 SVG 안에 그려 넣으세요</translation>
        </message>
        <message>
            <source>the file contains a control character (code {0}) that YAML does not allow; delete it</source>
            <translation>파일에 YAML이 허용하지 않는 제어 문자(코드 {0})가 있습니다. 지우세요</translation>
        </message>
        <message>
            <source>the file expands to more than {0} values (are aliases '*' repeating each other?); a lesson needs far fewer</source>
            <translation>파일을 펼치면 값이 {0}개를 넘습니다(별칭 '*'이 서로를 되풀이하나요?). 수업 하나에는 훨씬 적은 값이면 됩니다</translation>
        </message>
        <message>
            <source>the file is empty; a lesson starts with 'format: 1'</source>
            <translation>파일이 비어 있습니다. 수업은 'format: 1'로 시작합니다</translation>
        </message>
        <message>
            <source>the file is nested more than {0} levels deep</source>
            <translation>파일이 {0}단계보다 깊게 중첩되어 있습니다</translation>
        </message>
        <message>
            <source>the file is nested too deeply ({0})</source>
            <translation>파일이 너무 깊게 중첩되어 있습니다({0})</translation>
        </message>
        <message>
            <source>the file is not UTF-8 (byte 0x{0} cannot be read); save it from your editor with the encoding UTF-8</source>
            <translation>파일이 UTF-8이 아닙니다(바이트 0x{0}을(를) 읽을 수 없습니다). 편집기에서 UTF-8 인코딩으로 저장하세요</translation>
        </message>
        <message>
            <source>the file is saved as UTF-16; save it as UTF-8 instead</source>
            <translation>파일이 UTF-16으로 저장되어 있습니다. UTF-8로 저장하세요</translation>
        </message>
        <message>
            <source>the file is {0} MB; a lesson file may be at most {1} MB (split it, or move large text out of it)</source>
            <translation>파일이 {0}MB입니다. 수업 파일은 {1}MB까지만 됩니다(나누거나 긴 글을 밖으로 옮기세요)</translation>
        </message>
        <message>
            <source>the file is {0} MB; an image may be at most {1} MB (save it smaller)</source>
            <translation>파일이 {0}MB입니다. 그림은 {1}MB까지만 됩니다(더 작게 저장하세요)</translation>
        </message>
        <message>
            <source>the image "{0}" cannot be used: {1}</source>
            <translation>그림 "{0}"을(를) 쓸 수 없습니다: {1}</translation>
        </message>
        <message>
            <source>the image "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>그림 "{0}"이(가) 없습니다({1}에서 찾음). 이름과 폴더를 확인하세요</translation>
        </message>
        <message>
            <source>the lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>the lesson id "{0}" is already used by {1}; lesson ids must be unique in a library</source>
            <translation>수업 ID "{0}"은(는) 이미 {1}에서 쓰고 있습니다. 한 라이브러리 안에서 수업 ID는 모두 달라야 합니다</translation>
        </message>
        <message>
            <source>the library folder does not exist</source>
            <translation>라이브러리 폴더가 없습니다</translation>
        </message>
        <message>
            <source>the number {0}</source>
            <translation>숫자 {0}</translation>
        </message>
        <message>
            <source>the path contains a NUL character</source>
            <translation>경로에 NUL 문자가 있습니다</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>경로가 비어 있습니다</translation>
        </message>
        <message>
            <source>the picture is {0} × {1} pixels; at most {2} on a side and {3} million in all can be shown (save it smaller)</source>
            <translation>그림이 {0} × {1}픽셀입니다. 한 변에 {2}픽셀, 모두 합해 {3}백만 픽셀까지만 보여 줄 수 있습니다(더 작게 저장하세요)</translation>
        </message>
        <message>
            <source>the quiz</source>
            <translation>퀴즈</translation>
        </message>
        <message>
            <source>the quiz has no questions; add some or remove the quiz</source>
            <translation>퀴즈에 문제가 없습니다. 문제를 넣거나 퀴즈를 지우세요</translation>
        </message>
        <message>
            <source>the quiz has only 1 question; three or more give a fairer score</source>
            <translation>퀴즈에 문제가 1개뿐입니다. 문제가 3개 이상이면 점수가 더 공정합니다</translation>
        </message>
        <message>
            <source>the quiz has only 2 questions; three or more give a fairer score</source>
            <translation>퀴즈에 문제가 2개뿐입니다. 문제가 3개 이상이면 점수가 더 공정합니다</translation>
        </message>
        <message>
            <source>the source file "{0}" cannot be used: {1}</source>
            <translation>출처 파일 "{0}"을(를) 쓸 수 없습니다: {1}</translation>
        </message>
        <message>
            <source>the source file "{0}" does not exist (looked for {1}); check the name and folder</source>
            <translation>출처 파일 "{0}"이(가) 없습니다({1}에서 찾음). 이름과 폴더를 확인하세요</translation>
        </message>
        <message>
            <source>the source file "{0}" is not UTF-8 text; save it as UTF-8</source>
            <translation>출처 파일 "{0}"은(는) UTF-8 텍스트가 아닙니다. UTF-8로 저장하세요</translation>
        </message>
        <message>
            <source>the source file "{0}" is {1} MB; a source text may be at most {2} MB (keep the part the lesson quotes)</source>
            <translation>출처 파일 "{0}"의 크기는 {1}MB입니다. 출처 텍스트는 {2}MB까지 쓸 수 있습니다(수업이 인용하는 부분만 남기세요)</translation>
        </message>
        <message>
            <source>the text "{0}"</source>
            <translation>텍스트 "{0}"</translation>
        </message>
        <message>
            <source>the weights above 0 of {0} add up to {1}%; they must add up to 100%, so that picking every right choice gives full marks</source>
            <translation>{0}에서 0보다 큰 가중치의 합이 {1}%입니다. 맞는 선택지를 모두 고르면 만점이 되도록 합이 100%여야 합니다</translation>
        </message>
        <message>
            <source>this folder cannot be read ({0}); its lessons are missing</source>
            <translation>이 폴더를 읽을 수 없습니다({0}). 그 안의 수업이 빠졌습니다</translation>
        </message>
        <message>
            <source>this is a binary file, not a YAML text file</source>
            <translation>이진 파일입니다. YAML 텍스트 파일이 아닙니다</translation>
        </message>
        <message>
            <source>this is not a regular file (a folder, a device or a pipe?)</source>
            <translation>일반 파일이 아닙니다(폴더, 장치 또는 파이프인가요?)</translation>
        </message>
        <message>
            <source>this looks like a course file; name it course.yaml</source>
            <translation>과정 파일처럼 보입니다. 이름을 course.yaml로 하세요</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>너무 큽니다</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 또는 false</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; did you mean "{2}"?</source>
            <translation>{1}에 알 수 없는 키 "{0}"이(가) 있습니다. "{2}"을(를) 쓰려고 했나요?</translation>
        </message>
        <message>
            <source>unknown key "{0}" in {1}; known keys here: {2}</source>
            <translation>{1}에 알 수 없는 키 "{0}"이(가) 있습니다. 여기서 쓸 수 있는 키: {2}</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; use a plain list or mapping</source>
            <translation>지원하지 않는 YAML 형식 {0}입니다. 단순한 목록이나 키 묶음을 쓰세요</translation>
        </message>
        <message>
            <source>unsupported YAML type {0}; write plain text instead</source>
            <translation>지원하지 않는 YAML 형식 {0}입니다. 대신 일반 텍스트를 쓰세요</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit</source>
            <translation>{0} "{1}"은(는) 올바른 ID가 아닙니다. 영어 소문자, 숫자, 하이픈만 쓰고 글자나 숫자로 시작하세요</translation>
        </message>
        <message>
            <source>{0} "{1}" is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit; for example "{2}"</source>
            <translation>{0} "{1}"은(는) 올바른 ID가 아닙니다. 영어 소문자, 숫자, 하이픈만 쓰고 글자나 숫자로 시작하세요. 예: "{2}"</translation>
        </message>
        <message>
            <source>{0} has 0 choices; give it two or more</source>
            <translation>{0}에 선택지가 없습니다. 두 개 이상 넣으세요</translation>
        </message>
        <message>
            <source>{0} has 1 choice; give it two or more</source>
            <translation>{0}에 선택지가 하나뿐입니다. 두 개 이상 넣으세요</translation>
        </message>
        <message>
            <source>{0} has a quote, but the lesson has no source file to check it against; add source: file: with a copy of the source text</source>
            <translation>{0}에 인용문이 있지만 수업에 확인할 출처 파일이 없습니다. 출처 텍스트 사본과 함께 source: file:을 넣으세요</translation>
        </message>
        <message>
            <source>{0} has no "choices": give it two or more (or use type: true_false)</source>
            <translation>{0}에 "choices"가 없습니다. 두 개 이상 넣으세요(또는 type: true_false를 쓰세요)</translation>
        </message>
        <message>
            <source>{0} has no correct choice; mark the right ones with correct: true</source>
            <translation>{0}에 맞는 선택지가 없습니다. 맞는 것에 correct: true를 쓰세요</translation>
        </message>
        <message>
            <source>{0} has no explanation; students learn more when told why</source>
            <translation>{0}에 설명이 없습니다. 이유를 알려 주면 학생이 더 많이 배웁니다</translation>
        </message>
        <message>
            <source>{0} has the choice "{1}" but its choices are shuffled, so "{2}" may not come last; set shuffle: false on the question</source>
            <translation>{0}에 "{1}" 선택지가 있지만 선택지가 섞이므로 "{2}"이(가) 마지막에 오지 않을 수 있습니다. 문제에 shuffle: false를 넣으세요</translation>
        </message>
        <message>
            <source>{0} has two choices with the same text "{1}" (lines {2} and {3}); every choice must differ</source>
            <translation>{0}에 글이 똑같은 선택지 "{1}"이(가) 두 개 있습니다({2}행과 {3}행). 선택지는 모두 달라야 합니다</translation>
        </message>
        <message>
            <source>{0} has weights, and they say how it scores: remove "scoring"</source>
            <translation>{0}에 가중치가 있고, 점수는 가중치로 정해집니다. "scoring"을 지우세요</translation>
        </message>
        <message>
            <source>{0} is empty; write some text</source>
            <translation>{0}이(가) 비어 있습니다. 텍스트를 쓰세요</translation>
        </message>
        <message>
            <source>{0} is missing the required key "{1}" ({2})</source>
            <translation>{0}에 꼭 필요한 키 "{1}"이(가) 없습니다({2})</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs a choice worth 100% (weight: 100 or correct: true); its best choice is worth {1}%</source>
            <translation>{0}은(는) 하나만 고르는 문제라서 100%짜리 선택지가 있어야 합니다(weight: 100 또는 correct: true). 가장 높은 선택지가 {1}%입니다</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; keep one, or set type: multiple</source>
            <translation>{0}은(는) 하나만 고르는 문제라 맞는 선택지가 꼭 하나여야 하는데 {1}개입니다. 하나만 남기거나 type: multiple로 하세요</translation>
        </message>
        <message>
            <source>{0} is single-choice and needs exactly one correct choice, but has {1}; mark the right one with correct: true</source>
            <translation>{0}은(는) 하나만 고르는 문제라 맞는 선택지가 꼭 하나여야 하는데 {1}개입니다. 맞는 것에 correct: true를 쓰세요</translation>
        </message>
        <message>
            <source>{0} is true_false but has no "answer": write answer: true or false</source>
            <translation>{0}은(는) true_false인데 "answer"가 없습니다. answer: true 또는 false라고 쓰세요</translation>
        </message>
        <message>
            <source>{0} is true_false: remove its choices and write answer: true or answer: false</source>
            <translation>{0}은(는) true_false입니다. 선택지를 지우고 answer: true 또는 answer: false라고 쓰세요</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be at least {2}</source>
            <translation>{0}이(가) {1}입니다. {2} 이상이어야 합니다</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be between {2} and {3}</source>
            <translation>{0}이(가) {1}입니다. {2}에서 {3} 사이여야 합니다</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be more than {2}</source>
            <translation>{0}이(가) {1}입니다. {2}보다 커야 합니다</translation>
        </message>
        <message>
            <source>{0} is {1}; it must be {2}</source>
            <translation>{0}이(가) {1}입니다. {2}이어야 합니다</translation>
        </message>
        <message>
            <source>{0} looks like a number but is not one; put it in quotes if it is text</source>
            <translation>{0}은(는) 숫자처럼 보이지만 숫자가 아닙니다. 텍스트라면 따옴표로 감싸세요</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}</source>
            <translation>{0}은(는) {1}이(가) 아니라 ID(영어 소문자, 숫자, 하이픈)여야 합니다</translation>
        </message>
        <message>
            <source>{0} must be an id (lowercase letters, digits and hyphens), not {1}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the id in quotes</source>
            <translation>{0}은(는) {1}이(가) 아니라 ID(영어 소문자, 숫자, 하이픈)여야 합니다. YAML은 yes/no/y/n/true/false/on/off를 참이나 거짓으로 읽습니다. ID를 따옴표로 감싸세요</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}</source>
            <translation>{0}은(는) {2}이(가) 아니라 {1} 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>{0} must be one of {1}, not {2}; did you mean "{3}"?</source>
            <translation>{0}은(는) {2}이(가) 아니라 {1} 중 하나여야 합니다. "{3}"을(를) 쓰려고 했나요?</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}</source>
            <translation>{0}은(는) {2}이(가) 아니라 {1}이어야 합니다</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; YAML reads yes/no/y/n/true/false/on/off as true or false: put the text in quotes</source>
            <translation>{0}은(는) {2}이(가) 아니라 {1}이어야 합니다. YAML은 yes/no/y/n/true/false/on/off를 참이나 거짓으로 읽습니다. 텍스트를 따옴표로 감싸세요</translation>
        </message>
        <message>
            <source>{0} must be {1}, not {2}; it is empty</source>
            <translation>{0}은(는) {2}이(가) 아니라 {1}이어야 합니다. 비어 있습니다</translation>
        </message>
        <message>
            <source>{0}: "{1}" in its {2} is not shown: background images and style sheets are never loaded; use an image instead</source>
            <translation>{0}: {2}의 "{1}"은(는) 보이지 않습니다. 배경 그림과 스타일 시트는 불러오지 않습니다. 대신 그림을 쓰세요</translation>
        </message>
        <message>
            <source>{0}: see "{1}" names no page of this lesson; page ids here: {2}</source>
            <translation>{0}: see "{1}"에 해당하는 페이지가 이 수업에 없습니다. 이 수업의 페이지 ID: {2}</translation>
        </message>
        <message>
            <source>{0}: the image "{1}" in its {2} cannot be used: {3}</source>
            <translation>{0}: {2}의 그림 "{1}"을(를) 쓸 수 없습니다: {3}</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; no passage of it has a word of the quote</source>
            <translation>{0}: 인용문이 출처 파일 {1}에 없습니다. 인용문의 낱말이 들어간 부분도 없습니다</translation>
        </message>
        <message>
            <source>{0}: the quote is not in the source file {1}; the closest passage is: "{2}"</source>
            <translation>{0}: 인용문이 출처 파일 {1}에 없습니다. 가장 비슷한 부분: "{2}"</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n쪽</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n문제</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) drawn from {0}</source>
            <translation>
                <numerusform>{0}문제 중 %n문제</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Leave the quiz</source>
            <translation>퀴즈 그만하기</translation>
        </message>
        <message>
            <source>Leave the quiz now? Your answers are kept: you can resume it later.</source>
            <translation>지금 퀴즈를 그만할까요? 답은 저장되니 나중에 이어서 할 수 있어요.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>퀴즈를 그만할까요?</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>이어서 하기</translation>
        </message>
        <message>
            <source>Resume where you stopped, or start over?</source>
            <translation>멈춘 곳부터 이어서 할까요, 처음부터 다시 할까요?</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>처음부터 다시</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>계속하기</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>끝내지 않은 퀴즈</translation>
        </message>
        <message numerus="yes">
            <source>You left this quiz after {0} of %n question(s).</source>
            <translation>
                <numerusform>%n문제 중 {0}문제까지 풀고 그만두었어요.</numerusform>
            </translation>
        </message>
        <message>
            <source>You started this quiz but did not answer a question yet.</source>
            <translation>이 퀴즈를 시작했지만 아직 답한 문제가 없어요.</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <source>&amp;Import results…</source>
            <translation>결과 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>A bundle holds every result of this machine, and those merged into it, as xAPI statements. Bring the bundle of each kiosk here and import it: the overview, item analysis and exports then show the whole class. Importing a bundle twice changes nothing.</source>
            <translation>묶음 파일에는 이 컴퓨터의 모든 결과와 여기에 합쳐진 결과가 xAPI 기록으로 들어 있습니다. 각 키오스크의 묶음 파일을 가져와 불러오면 전체 보기, 문항 분석, 내보내기에 반 전체가 나옵니다. 같은 묶음을 두 번 불러와도 바뀌는 것은 없습니다.</translation>
        </message>
        <message>
            <source>Answers: one row per answered question, with the chosen answer, correct, points.</source>
            <translation>답: 답한 문제마다 한 줄, 고른 답, 정답 여부, 점수.</translation>
        </message>
        <message>
            <source>CSV opens in a spreadsheet; JSON is for other programs. Times are in UTC. Results have one row per attempt; answers have one row per answered question.</source>
            <translation>CSV는 스프레드시트에서 열리고, JSON은 다른 프로그램용입니다. 시간은 UTC입니다. 결과는 응시마다 한 줄, 답은 답한 문제마다 한 줄입니다.</translation>
        </message>
        <message>
            <source>Export &amp;answers (CSV)…</source>
            <translation>답 내보내기 (CSV)(&amp;A)…</translation>
        </message>
        <message>
            <source>Export &amp;results (CSV)…</source>
            <translation>결과 내보내기 (CSV)(&amp;R)…</translation>
        </message>
        <message>
            <source>Export a &amp;bundle (xAPI)…</source>
            <translation>묶음 내보내기 (xAPI)(&amp;B)…</translation>
        </message>
        <message>
            <source>Export and import</source>
            <translation>내보내기와 가져오기</translation>
        </message>
        <message>
            <source>Export answers (J&amp;SON)…</source>
            <translation>답 내보내기 (JSON)(&amp;S)…</translation>
        </message>
        <message>
            <source>Export results (&amp;JSON)…</source>
            <translation>결과 내보내기 (JSON)(&amp;J)…</translation>
        </message>
        <message>
            <source>Export the class's results</source>
            <translation>반 결과 내보내기</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>가져오기 진행</translation>
        </message>
        <message>
            <source>Import results from bundles</source>
            <translation>묶음 파일에서 결과 가져오기</translation>
        </message>
        <message>
            <source>Results from other machines</source>
            <translation>다른 컴퓨터의 결과</translation>
        </message>
        <message>
            <source>Results: one row per attempt, with student, lesson, score, percent, passed, status.</source>
            <translation>결과: 응시마다 한 줄, 학생, 수업, 점수, 백분율, 통과, 상태.</translation>
        </message>
    </context>
    <context>
        <name>idle</name>
        <message>
            <source>Countdown</source>
            <translation>카운트다운</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>아직 있어요</translation>
        </message>
        <message>
            <source>Returning to the start in {0} s.</source>
            <translation>{0}초 뒤에 처음 화면으로 돌아가요.</translation>
        </message>
        <message>
            <source>Still there?</source>
            <translation>아직 있나요?</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Enter the teacher PIN to open the teacher menu.</source>
            <translation>교사 메뉴를 열려면 교사 PIN을 입력하세요.</translation>
        </message>
        <message>
            <source>The app is locked. Enter the teacher PIN to quit.</source>
            <translation>앱이 잠겨 있습니다. 끝내려면 교사 PIN을 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>LessonImages</name>
        <message>
            <source>[{0}: not shown, {1}]</source>
            <translation>[{0}: 표시 안 함, {1}]</translation>
        </message>
        <message>
            <source>it cannot be decoded ({0})</source>
            <translation>읽을 수 없습니다 ({0})</translation>
        </message>
        <message>
            <source>its size cannot be read; is the file damaged?</source>
            <translation>크기를 읽을 수 없습니다. 파일이 손상되었나요?</translation>
        </message>
        <message>
            <source>no lesson folder to look in</source>
            <translation>찾아볼 수업 폴더가 없습니다</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>그림</translation>
        </message>
        <message>
            <source>the image has no file name</source>
            <translation>그림에 파일 이름이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Back to the library</source>
            <translation>수업 목록으로 돌아가기</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>시작하기 전에</translation>
        </message>
        <message>
            <source>Lesson page</source>
            <translation>수업 페이지</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>수업 목록</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>다음 페이지</translation>
        </message>
        <message>
            <source>Original article</source>
            <translation>원래 기사</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>{1}쪽 중 {0}쪽</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>이전 페이지</translation>
        </message>
        <message>
            <source>Source: {0}</source>
            <translation>출처: {0}</translation>
        </message>
        <message>
            <source>Start reading</source>
            <translation>읽기 시작</translation>
        </message>
        <message>
            <source>Take the quiz</source>
            <translation>퀴즈 풀기</translation>
        </message>
        <message>
            <source>{0}, page {1} of {2}: {3}</source>
            <translation>{0}, {2}쪽 중 {1}쪽: {3}</translation>
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
                <numerusform>%n문제에 답함. 가장 적게 맞힌 문제: “{0}” ({1}% 정답).</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>수업(&amp;L):</translation>
        </message>
        <message>
            <source>Avg. time</source>
            <translation>평균 시간</translation>
        </message>
        <message>
            <source>Chart of the share correct per question</source>
            <translation>문제별 정답 비율 그래프</translation>
        </message>
        <message>
            <source>Chose it</source>
            <translation>고른 수</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Most chosen wrong answer</source>
            <translation>가장 많이 고른 오답</translation>
        </message>
        <message>
            <source>Nobody has answered this lesson's questions yet.</source>
            <translation>아직 아무도 이 수업의 문제에 답하지 않았습니다.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Questions, the least often right first</source>
            <translation>문제, 가장 적게 맞힌 순</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>맞음</translation>
        </message>
        <message>
            <source>Share answering each question correctly</source>
            <translation>문제별 정답 비율</translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message numerus="yes">
            <source>%n lessons could not be opened. Ask your teacher.</source>
            <translation>
                <numerusform>수업 %n개를 열 수 없어요. 선생님께 물어보세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best score {0}%</source>
            <translation>최고 점수 {0}%</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Loading lessons…</source>
            <translation>수업을 불러오는 중…</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <source>Locked: pass {0} first to open it.</source>
            <translation>잠김: 먼저 {0}을(를) 통과하면 열립니다.</translation>
        </message>
        <message>
            <source>Not passed yet</source>
            <translation>아직 통과 못 함</translation>
        </message>
        <message>
            <source>Not taken yet</source>
            <translation>아직 안 함</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Open {0}</source>
            <translation>{0} 열기</translation>
        </message>
        <message>
            <source>Pass {0} first</source>
            <translation>먼저 {0}을(를) 통과하세요</translation>
        </message>
        <message>
            <source>Passed ✓</source>
            <translation>통과 ✓</translation>
        </message>
        <message>
            <source>Quiz started: resume it any time</source>
            <translation>퀴즈 시작함: 언제든 이어서 하세요</translation>
        </message>
        <message>
            <source>Reading only</source>
            <translation>읽기만</translation>
        </message>
        <message>
            <source>Signed in as {0}</source>
            <translation>{0}(으)로 들어옴</translation>
        </message>
        <message>
            <source>Switch student</source>
            <translation>학생 바꾸기</translation>
        </message>
        <message>
            <source>There are no lessons to show yet.</source>
            <translation>아직 보여 줄 수업이 없어요.</translation>
        </message>
        <message>
            <source>This lesson could not be opened. Ask your teacher.</source>
            <translation>이 수업을 열 수 없어요. 선생님께 물어보세요.</translation>
        </message>
        <message>
            <source>quiz started</source>
            <translation>퀴즈 시작함</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0}분</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Teacher</source>
            <translation>교사(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>기본 글자 크기</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>글자 크게</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>메뉴 막대</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>글자 작게</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <source>Teacher area…</source>
            <translation>교사 화면…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Item analysis of this lesson</source>
            <translation>이 수업의 문항 분석(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>수업(&amp;L):</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>모든 수업</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>최고 점수</translation>
        </message>
        <message>
            <source>Class overview</source>
            <translation>반 전체 보기</translation>
        </message>
        <message>
            <source>Class overview: students and lessons</source>
            <translation>반 전체 보기: 학생과 수업</translation>
        </message>
        <message>
            <source>Clear the name filter</source>
            <translation>이름 필터 지우기</translation>
        </message>
        <message>
            <source>Enter or double-click opens a student.</source>
            <translation>Enter 또는 두 번 클릭하면 학생이 열립니다.</translation>
        </message>
        <message>
            <source>Filter by student name</source>
            <translation>학생 이름으로 거르기</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>끝낸 수</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>마지막 활동</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>No finished attempt yet</source>
            <translation>아직 끝낸 응시 없음</translation>
        </message>
        <message>
            <source>No results yet</source>
            <translation>아직 결과 없음</translation>
        </message>
        <message>
            <source>Open &amp;student</source>
            <translation>학생 열기(&amp;S)</translation>
        </message>
        <message>
            <source>Open the item analysis of the selected lesson</source>
            <translation>선택한 수업의 문항 분석 열기</translation>
        </message>
        <message>
            <source>Open the selected student</source>
            <translation>선택한 학생 열기</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>통과</translation>
        </message>
        <message>
            <source>Show lesson</source>
            <translation>표시할 수업</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>학생(&amp;D):</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Type part of a name</source>
            <translation>이름의 일부를 입력하세요</translation>
        </message>
        <message>
            <source>Whole attempts finished; retries of the missed questions are practice</source>
            <translation>끝낸 전체 응시 수. 틀린 문제 다시 풀기는 연습입니다</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{1}점 중 {0}점</translation>
        </message>
        <message numerus="yes">
            <source>{0} of {1} row(s)</source>
            <translation>
                <numerusform>{1}줄 중 {0}줄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} row(s)</source>
            <translation>
                <numerusform>{0}줄</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>About {0} minutes</source>
            <translation>약 {0}분</translation>
        </message>
        <message>
            <source>[The picture {0} is not shown: {1}]</source>
            <translation>[그림 {0}을(를) 표시하지 않음: {1}]</translation>
        </message>
        <message>
            <source>a quiz of {0}</source>
            <translation>퀴즈 {0}</translation>
        </message>
    </context>
    <context>
        <name>pin_dialog</name>
        <message>
            <source>&amp;Teacher area</source>
            <translation>교사 화면(&amp;T)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>PIN 확인 중…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>E&amp;xit kiosk and quit</source>
            <translation>키오스크를 나가고 끝내기(&amp;X)</translation>
        </message>
        <message>
            <source>Enter the teacher PIN.</source>
            <translation>교사 PIN을 입력하세요.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <source>No teacher PIN is set, so this machine stays locked. The teacher must set one from a terminal with:

    lessonapp set-pin

(with the same --data-dir as the kiosk), then restart the app.</source>
            <translation>교사 PIN이 없어서 이 컴퓨터는 잠긴 채로 있습니다. 교사가 터미널에서 다음으로 PIN을 설정해야 합니다:

    lessonapp set-pin

(키오스크와 같은 --data-dir로) 그런 다음 앱을 다시 시작하세요.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>교사</translation>
        </message>
        <message>
            <source>Teacher PIN</source>
            <translation>교사 PIN</translation>
        </message>
        <message>
            <source>Teacher menu</source>
            <translation>교사 메뉴</translation>
        </message>
        <message>
            <source>Type the PIN first.</source>
            <translation>먼저 PIN을 입력하세요.</translation>
        </message>
        <message>
            <source>Why the PIN was not accepted</source>
            <translation>PIN이 받아들여지지 않은 이유</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN이 틀렸습니다.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again in {0} s</source>
            <translation>PIN이 틀렸습니다. {0}초 뒤에 다시 해 보세요</translation>
        </message>
        <message>
            <source>Wrong PIN. You can try again now.</source>
            <translation>PIN이 틀렸습니다. 지금 다시 해 볼 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message>
            <source>Back to the lesson</source>
            <translation>수업으로 돌아가기</translation>
        </message>
        <message>
            <source>Back to the lesson's start page</source>
            <translation>수업 첫 페이지로 돌아가기</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>미리 보기 상태</translation>
        </message>
        <message>
            <source>Preview: {0}</source>
            <translation>미리 보기: {0}</translation>
        </message>
        <message>
            <source>Previewing {0}. It reloads each time you save.</source>
            <translation>{0} 미리 보기. 저장할 때마다 다시 불러옵니다.</translation>
        </message>
        <message>
            <source>Problems in the lesson file</source>
            <translation>수업 파일의 문제</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>첫 페이지</translation>
        </message>
        <message>
            <source>line {0}, column {1}: error: {2}</source>
            <translation>{0}행 {1}열: 오류: {2}</translation>
        </message>
        <message>
            <source>line {0}, column {1}: warning: {2}</source>
            <translation>{0}행 {1}열: 경고: {2}</translation>
        </message>
        <message numerus="yes">
            <source>{0} cannot be shown: %n error(s). Fix them and save.</source>
            <translation>
                <numerusform>{0}을(를) 표시할 수 없습니다: 오류 %n개. 고친 뒤 저장하세요.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n error(s); showing the last version that worked. Fix them and save.</source>
            <translation>
                <numerusform>{0}에 오류가 %n개 있습니다. 마지막으로 작동한 버전을 보여 줍니다. 고친 뒤 저장하세요.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>{0}, line {1}, warning: {2}</source>
            <translation>{0}, {1}행, 경고: {2}</translation>
        </message>
        <message>
            <source>{0}, line {1}: {2}</source>
            <translation>{0}, {1}행: {2}</translation>
        </message>
        <message>
            <source>{0}, warning: {1}</source>
            <translation>{0}, 경고: {1}</translation>
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
                <numerusform>수업 파일 %n개를 불러오지 못했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every lesson file was loaded.</source>
            <translation>모든 수업 파일을 불러왔습니다.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Lesson files that could not be loaded</source>
            <translation>불러오지 못한 수업 파일</translation>
        </message>
        <message>
            <source>Lesson problems</source>
            <translation>수업 파일 문제</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>줄</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Students see only “This lesson could not be opened. Ask your teacher.” Fix each file at the line shown, then check it with: lessonapp validate FILE (or watch it with: lessonapp preview FILE).</source>
            <translation>학생에게는 “이 수업을 열 수 없어요. 선생님께 물어보세요.”만 보입니다. 각 파일을 표시된 줄에서 고친 뒤 다음으로 확인하세요: lessonapp validate 파일 (또는 다음으로 지켜보세요: lessonapp preview 파일).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesScreen</name>
        <message>
            <source>Add a student</source>
            <translation>학생 추가</translation>
        </message>
        <message>
            <source>Choose your name and press Enter.</source>
            <translation>이름을 고르고 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Choose your name first: use the arrow keys or click it, then press Enter.</source>
            <translation>먼저 이름을 고르세요: 화살표 키를 쓰거나 이름을 클릭한 뒤 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>New student's name</source>
            <translation>새 학생 이름</translation>
        </message>
        <message>
            <source>No students yet: add your name below.</source>
            <translation>아직 학생이 없어요: 아래에 이름을 추가하세요.</translation>
        </message>
        <message>
            <source>No students yet: ask your teacher to add your name.</source>
            <translation>아직 학생이 없어요: 선생님께 이름을 추가해 달라고 하세요.</translation>
        </message>
        <message>
            <source>Please type a name first.</source>
            <translation>먼저 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>이름에 문제가 있어요</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>There is already a student called {0}. Choose them above, or add a different name.</source>
            <translation>{0}(이)라는 학생이 이미 있어요. 위에서 고르거나 다른 이름을 추가하세요.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list. Choose {0} above, or add something that tells you apart, such as an initial.</source>
            <translation>이 이름은 목록에 이미 있는 {0}와(과) 똑같아 보여요. 위에서 {0}을(를) 고르거나, 이니셜처럼 구별할 수 있는 것을 덧붙이세요.</translation>
        </message>
        <message>
            <source>Who is learning?</source>
            <translation>누가 공부하나요?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>내 이름</translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>다음 문제</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>일부 맞음:</translation>
        </message>
        <message>
            <source>Partly right: {0}</source>
            <translation>일부 맞음: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s).</source>
            <translation>
                <numerusform>일부 맞음: %n점 중 {0}점.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points.</source>
            <translation>일부 맞음: {1}점 중 {0}점.</translation>
        </message>
        <message>
            <source>Pick an answer first: press a number key from 1 to {0}.</source>
            <translation>먼저 답을 고르세요: 1부터 {0}까지 숫자 키를 누르세요.</translation>
        </message>
        <message>
            <source>See my results</source>
            <translation>내 결과 보기</translation>
        </message>
        <message>
            <source>The right answer: {0}</source>
            <translation>정답: {0}</translation>
        </message>
        <message>
            <source>The right answers:</source>
            <translation>정답:</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>Your answer could not be saved. {0} Your choice stays: press Enter to save it.</source>
            <translation>답을 저장하지 못했어요. {0} 고른 답은 그대로 있어요: 저장하려면 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Your result could not be saved. {0} Press Enter to save it.</source>
            <translation>결과를 저장하지 못했어요. {0} 저장하려면 Enter를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>QuizScreen</name>
        <message>
            <source>Back to the question</source>
            <translation>문제로 돌아가기</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Check the answer</source>
            <translation>답 확인</translation>
        </message>
        <message>
            <source>Choose all that apply (keys 1–{0}), then press Enter.</source>
            <translation>맞는 것을 모두 고른 뒤 (키 1–{0}) Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Choose one answer (keys 1–{0}), then press Enter.</source>
            <translation>답을 하나 고른 뒤 (키 1–{0}) Enter를 누르세요.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>Feedback: {0}</source>
            <translation>피드백: {0}</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>기사에서: “{0}”</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>퀴즈 그만하기</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>아쉬워요.</translation>
        </message>
        <message>
            <source>Page to re-read</source>
            <translation>다시 읽을 페이지</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation>{1}문제 중 {0}번</translation>
        </message>
        <message>
            <source>Quiz: {0}</source>
            <translation>퀴즈: {0}</translation>
        </message>
        <message>
            <source>Re-read: {0}</source>
            <translation>다시 읽기: {0}</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>맞았어요!</translation>
        </message>
        <message>
            <source>Time left {0}</source>
            <translation>남은 시간 {0}</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>choose all that apply</source>
            <translation>해당하는 것을 모두 고르세요</translation>
        </message>
        <message>
            <source>choose one</source>
            <translation>하나를 고르세요</translation>
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
                <numerusform>틀렸던 %n문제를 이제 모두 맞혔어요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>수업 목록으로 돌아가기</translation>
        </message>
        <message>
            <source>False</source>
            <translation>거짓</translation>
        </message>
        <message>
            <source>From the article: “{0}”</source>
            <translation>기사에서: “{0}”</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>수업 목록</translation>
        </message>
        <message numerus="yes">
            <source>None of the %n question(s) you missed is right yet.</source>
            <translation>
                <numerusform>틀렸던 %n문제 중 아직 맞힌 문제가 없어요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>답하지 않음</translation>
        </message>
        <message>
            <source>Not passed yet: you need {0}% to pass.</source>
            <translation>아직 통과하지 못했어요: 통과하려면 {0}%가 필요해요.</translation>
        </message>
        <message numerus="yes">
            <source>Now right: {0} of the %n question(s) you missed.</source>
            <translation>
                <numerusform>이제 맞힘: 틀렸던 %n문제 중 {0}문제.</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right</source>
            <translation>일부 맞음</translation>
        </message>
        <message>
            <source>Partly right:</source>
            <translation>일부 맞음:</translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s)</source>
            <translation>
                <numerusform>일부 맞음: %n점 중 {0}점</numerusform>
            </translation>
        </message>
        <message>
            <source>Partly right: {0} of {1} points</source>
            <translation>일부 맞음: {1}점 중 {0}점</translation>
        </message>
        <message>
            <source>Passed — well done!</source>
            <translation>통과 — 잘했어요!</translation>
        </message>
        <message>
            <source>Practice: {0}</source>
            <translation>연습: {0}</translation>
        </message>
        <message>
            <source>Results: {0}</source>
            <translation>결과: {0}</translation>
        </message>
        <message>
            <source>Retry the ones I missed</source>
            <translation>틀린 문제 다시 풀기</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>맞음</translation>
        </message>
        <message>
            <source>Score {0} percent</source>
            <translation>점수 {0}퍼센트</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>다시 풀기</translation>
        </message>
        <message numerus="yes">
            <source>The right answer:</source>
            <translation>
                <numerusform>정답:</numerusform>
            </translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%.</source>
            <translation>이번은 연습이었어요. 이 수업의 결과는 {0}% 그대로예요.</translation>
        </message>
        <message>
            <source>This was practice. Your result for this lesson stays {0}%: take the whole quiz again to pass.</source>
            <translation>이번은 연습이었어요. 이 수업의 결과는 {0}% 그대로예요: 통과하려면 퀴즈 전체를 다시 푸세요.</translation>
        </message>
        <message>
            <source>This was practice: it does not change your result for this lesson.</source>
            <translation>이번은 연습이었어요: 이 수업의 결과는 바뀌지 않아요.</translation>
        </message>
        <message>
            <source>This was practice: take the whole quiz to get a result for this lesson.</source>
            <translation>이번은 연습이었어요: 이 수업의 결과를 받으려면 퀴즈 전체를 푸세요.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>참</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>틀림</translation>
        </message>
        <message>
            <source>You have finished the quiz.</source>
            <translation>퀴즈를 다 풀었어요.</translation>
        </message>
        <message numerus="yes">
            <source>Your answer:</source>
            <translation>
                <numerusform>내 답:</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers</source>
            <translation>내 답</translation>
        </message>
        <message>
            <source>Your answers and the right ones are below.</source>
            <translation>내 답과 정답이 아래에 있어요.</translation>
        </message>
        <message>
            <source>pass mark {0}%</source>
            <translation>통과 기준 {0}%</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n point(s)</source>
            <translation>
                <numerusform>%n점 중 {0}점</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n question(s) right</source>
            <translation>
                <numerusform>%n문제 중 {0}문제 맞힘</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{1} 중 {0}</translation>
        </message>
        <message>
            <source>{0} of {1} points</source>
            <translation>{1}점 중 {0}점</translation>
        </message>
        <message>
            <source>{0} of {1} right</source>
            <translation>{1}개 중 {0}개 맞음</translation>
        </message>
    </context>
    <context>
        <name>secret_entry</name>
        <message>
            <source>&amp;Take back the last picture</source>
            <translation>마지막 그림 빼기(&amp;T)</translation>
        </message>
        <message>
            <source>Apple</source>
            <translation>사과</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>배</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>자동차</translation>
        </message>
        <message>
            <source>Fish</source>
            <translation>물고기</translation>
        </message>
        <message>
            <source>Flower</source>
            <translation>꽃</translation>
        </message>
        <message>
            <source>House</source>
            <translation>집</translation>
        </message>
        <message>
            <source>Picture {0} of {1}</source>
            <translation>그림 {1}개 중 {0}번째</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>별</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>해</translation>
        </message>
        <message>
            <source>Tree</source>
            <translation>나무</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>내 PIN</translation>
        </message>
        <message>
            <source>{0} of {1} pictures picked</source>
            <translation>그림 {1}개 중 {0}개 고름</translation>
        </message>
    </context>
    <context>
        <name>SendingTab</name>
        <message>
            <source>&amp;Pull the class's results</source>
            <translation>반 결과 받아오기(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>지금 보내기(&amp;S)</translation>
        </message>
        <message>
            <source>Fetch the results other machines sent to the LRS, and add them here</source>
            <translation>다른 컴퓨터가 LRS로 보낸 결과를 받아와 여기에 더하기</translation>
        </message>
        <message>
            <source>No LRS is set up: results stay on this machine. Add lrs: to the settings file to send them (see docs/classroom.md), or carry them on a USB stick: lessonapp scores export --format xapi.</source>
            <translation>LRS가 설정되지 않아 결과는 이 컴퓨터에 남습니다. 보내려면 설정 파일에 lrs:를 추가하거나(docs/classroom.md 참고), USB 메모리로 옮기세요: lessonapp scores export --format xapi.</translation>
        </message>
        <message>
            <source>Nothing waits.</source>
            <translation>기다리는 것 없음.</translation>
        </message>
        <message>
            <source>Nothing waits: every result made here has been sent.</source>
            <translation>기다리는 것 없음: 여기서 만든 결과를 모두 보냈습니다.</translation>
        </message>
        <message>
            <source>Pull the class's results from the LRS</source>
            <translation>LRS에서 반 결과 받아오기</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Results are sent to {0}</source>
            <translation>결과를 {0}(으)로 보냅니다</translation>
        </message>
        <message>
            <source>Results sent to the school's learning record store (LRS)</source>
            <translation>학교의 학습 기록 저장소(LRS)로 보낸 결과</translation>
        </message>
        <message>
            <source>Results the LRS rejected</source>
            <translation>LRS가 거부한 결과</translation>
        </message>
        <message>
            <source>Results the LRS rejected: {0} (kept here, never sent again)</source>
            <translation>LRS가 거부한 결과: {0} (여기에 보관, 다시 보내지 않음)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>보내기</translation>
        </message>
        <message>
            <source>Statement {0}</source>
            <translation>기록 {0}</translation>
        </message>
        <message>
            <source>The LRS has rejected no result.</source>
            <translation>LRS가 거부한 결과가 없습니다.</translation>
        </message>
        <message>
            <source>The last try failed ({0}): {1}</source>
            <translation>마지막 시도 실패 ({0}): {1}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>언제</translation>
        </message>
        <message>
            <source>Why the LRS rejected it</source>
            <translation>LRS가 거부한 이유</translation>
        </message>
        <message>
            <source>{0} results wait to be sent, the oldest since {1}.</source>
            <translation>결과 {0}개가 보내기를 기다립니다. 가장 오래된 것은 {1}부터.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>"endpoint" in lrs has a space in it</source>
            <translation>lrs의 "endpoint"에 공백이 있습니다</translation>
        </message>
        <message>
            <source>"endpoint" in lrs is not a web address</source>
            <translation>lrs의 "endpoint"가 웹 주소가 아닙니다</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not end with ?... or #...</source>
            <translation>lrs의 "endpoint"는 ?...나 #...로 끝나면 안 됩니다</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must not hold a user name or password (write them under lrs: username and password_file)</source>
            <translation>lrs의 "endpoint"에 사용자 이름이나 비밀번호를 넣으면 안 됩니다(lrs 아래 username과 password_file에 쓰세요)</translation>
        </message>
        <message>
            <source>"endpoint" in lrs must start with https:// (or http://) and a host name</source>
            <translation>lrs의 "endpoint"는 https://(또는 http://)와 호스트 이름으로 시작해야 합니다</translation>
        </message>
        <message>
            <source>"language" in settings must be a language code such as ar, en, es, fr, ko, or system</source>
            <translation>설정의 "language"는 ar, en, es, fr, ko 같은 언어 코드나 system이어야 합니다</translation>
        </message>
        <message>
            <source>"password" in lrs is empty</source>
            <translation>lrs의 "password"가 비어 있습니다</translation>
        </message>
        <message>
            <source>"password" in lrs must be one line of text (put it in quotes)</source>
            <translation>lrs의 "password"는 한 줄 텍스트여야 합니다(따옴표로 감싸세요)</translation>
        </message>
        <message>
            <source>"roster" in settings has no names</source>
            <translation>설정의 "roster"에 이름이 없습니다</translation>
        </message>
        <message>
            <source>"roster" in settings is empty; write a list of names or the path of a file</source>
            <translation>설정의 "roster"가 비어 있습니다. 이름 목록이나 파일 경로를 쓰세요</translation>
        </message>
        <message>
            <source>"school" in settings must be a web address such as https://school.example.org</source>
            <translation>설정의 "school"은 https://school.example.org 같은 웹 주소여야 합니다</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0} (did you mean "{1}"?); until it is fixed, students sign in with pictures</source>
            <translation>설정의 "student_sign_in"은 {0}이(가) 아니라 picture나 pin이어야 합니다("{1}"을(를) 쓰려고 했나요?). 고칠 때까지 학생은 그림으로 로그인합니다</translation>
        </message>
        <message>
            <source>"student_sign_in" in settings must be picture or pin, not {0}; until it is fixed, students sign in with pictures</source>
            <translation>설정의 "student_sign_in"은 {0}이(가) 아니라 picture나 pin이어야 합니다. 고칠 때까지 학생은 그림으로 로그인합니다</translation>
        </message>
        <message>
            <source>"username" in lrs cannot have ":" in it (HTTP Basic)</source>
            <translation>lrs의 "username"에는 ":"를 쓸 수 없습니다(HTTP Basic)</translation>
        </message>
        <message>
            <source>"{0}" cannot be used as a path ({1})</source>
            <translation>"{0}"은(는) 경로로 쓸 수 없습니다({1})</translation>
        </message>
        <message>
            <source>"{0}" is in the roster twice (first on line {1}); listed once</source>
            <translation>"{0}"이(가) 명단에 두 번 있습니다(처음은 {1}행). 한 번만 넣었습니다</translation>
        </message>
        <message>
            <source>The LRS's xAPI address (http or https); statements are sent to &lt;endpoint&gt;statements.</source>
            <translation>LRS의 xAPI 주소(http 또는 https). 기록은 &lt;endpoint&gt;statements로 보냅니다.</translation>
        </message>
        <message>
            <source>The user name (HTTP Basic) the LRS gave this machine.</source>
            <translation>LRS가 이 컴퓨터에 준 사용자 이름(HTTP Basic).</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>키 묶음</translation>
        </message>
        <message>
            <source>a name cannot contain characters that change the direction of the text; this name is left out</source>
            <translation>이름에는 글의 방향을 바꾸는 문자를 쓸 수 없습니다. 이 이름은 빠졌습니다</translation>
        </message>
        <message>
            <source>a name cannot contain characters that have no letter or sign to show; this name is left out</source>
            <translation>이름에는 보여 줄 글자나 기호가 없는 문자를 쓸 수 없습니다. 이 이름은 빠졌습니다</translation>
        </message>
        <message>
            <source>a name cannot contain invisible characters; this name is left out</source>
            <translation>이름에는 보이지 않는 문자를 쓸 수 없습니다. 이 이름은 빠졌습니다</translation>
        </message>
        <message>
            <source>an entry of lesson_folders is empty; write a folder path</source>
            <translation>lesson_folders의 한 항목이 비어 있습니다. 폴더 경로를 쓰세요</translation>
        </message>
        <message>
            <source>cannot read the password file "{0}" ({1})</source>
            <translation>비밀번호 파일 "{0}"을(를) 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>cannot read the roster file "{0}" ({1})</source>
            <translation>명단 파일 "{0}"을(를) 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>cannot read the settings file ({0}); the app uses its default settings, and kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>설정 파일을 읽을 수 없습니다({0}). 앱은 기본 설정을 쓰며, 이 파일이 키오스크 모드를 요구하는지 알 수 없으므로 키오스크 모드가 켜집니다</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>빈 값</translation>
        </message>
        <message>
            <source>it is {0} MB, too large for a list of names</source>
            <translation>{0}MB로, 이름 목록치고 너무 큽니다</translation>
        </message>
        <message>
            <source>it is {0} MB; a settings file is a few lines long</source>
            <translation>{0}MB입니다. 설정 파일은 몇 줄짜리입니다</translation>
        </message>
        <message>
            <source>kiosk mode is ON because "{0}" looks like "kiosk"; write kiosk: true or kiosk: false</source>
            <translation>"{0}"이(가) "kiosk"와 비슷해서 키오스크 모드가 켜집니다. kiosk: true 또는 kiosk: false라고 쓰세요</translation>
        </message>
        <message>
            <source>kiosk mode is ON because the app cannot tell whether this file asks for it</source>
            <translation>이 파일이 키오스크 모드를 요구하는지 앱이 알 수 없어서 키오스크 모드가 켜집니다</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this line cannot be read; write kiosk: true or kiosk: false</source>
            <translation>이 줄을 읽을 수 없어서 키오스크 모드가 켜집니다. kiosk: true 또는 kiosk: false라고 쓰세요</translation>
        </message>
        <message>
            <source>kiosk mode is ON because this setting cannot be read; write kiosk: true or kiosk: false</source>
            <translation>이 설정을 읽을 수 없어서 키오스크 모드가 켜집니다. kiosk: true 또는 kiosk: false라고 쓰세요</translation>
        </message>
        <message>
            <source>lrs has both "password" and "password_file"; keep one (password_file is safer)</source>
            <translation>lrs에 "password"와 "password_file"이 모두 있습니다. 하나만 두세요(password_file이 더 안전합니다)</translation>
        </message>
        <message>
            <source>lrs needs "password_file" (or "password"): what the LRS gave with the user name</source>
            <translation>lrs에는 "password_file"(또는 "password")이 필요합니다. LRS가 사용자 이름과 함께 준 것입니다</translation>
        </message>
        <message>
            <source>lrs needs school: the address naming the school (for example school: https://school.example.org); nothing is sent until then</source>
            <translation>lrs에는 school이 필요합니다. 학교를 나타내는 주소입니다(예: school: https://school.example.org). 그때까지 아무것도 보내지 않습니다</translation>
        </message>
        <message>
            <source>the CSV file cannot be read: {0}</source>
            <translation>CSV 파일을 읽을 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>the lesson folder "{0}" does not exist ({1})</source>
            <translation>수업 폴더 "{0}"이(가) 없습니다({1})</translation>
        </message>
        <message>
            <source>the name "{0}..." is longer than {1} characters</source>
            <translation>이름 "{0}..."이(가) {1}자보다 깁니다</translation>
        </message>
        <message>
            <source>the password file "{0}" does not exist ({1})</source>
            <translation>비밀번호 파일 "{0}"이(가) 없습니다({1})</translation>
        </message>
        <message>
            <source>the password file "{0}" is not UTF-8 text</source>
            <translation>비밀번호 파일 "{0}"이(가) UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <source>the password file "{0}" is {1} bytes; it should hold the password alone</source>
            <translation>비밀번호 파일 "{0}"이(가) {1}바이트입니다. 비밀번호만 들어 있어야 합니다</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line</source>
            <translation>비밀번호 파일 "{0}"에는 비밀번호만 한 줄로 있어야 합니다</translation>
        </message>
        <message>
            <source>the password file "{0}" must hold the password alone, on one line (it is empty)</source>
            <translation>비밀번호 파일 "{0}"에는 비밀번호만 한 줄로 있어야 합니다(비어 있습니다)</translation>
        </message>
        <message>
            <source>the roster file "{0}" does not exist ({1})</source>
            <translation>명단 파일 "{0}"이(가) 없습니다({1})</translation>
        </message>
        <message>
            <source>the roster file "{0}" has no names</source>
            <translation>명단 파일 "{0}"에 이름이 없습니다</translation>
        </message>
        <message>
            <source>the roster file is not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8')</source>
            <translation>명단 파일이 UTF-8이 아닙니다. UTF-8로 저장하세요(Excel에서는 'CSV UTF-8')</translation>
        </message>
        <message>
            <source>the settings file</source>
            <translation>설정 파일</translation>
        </message>
        <message>
            <source>the settings file cannot be found ({0}); the app uses its default settings</source>
            <translation>설정 파일을 찾을 수 없습니다({0}). 앱은 기본 설정을 씁니다</translation>
        </message>
        <message>
            <source>the settings file does not exist; the app uses its default settings</source>
            <translation>설정 파일이 없습니다. 앱은 기본 설정을 씁니다</translation>
        </message>
        <message>
            <source>this name looks the same as "{0}" (line {1}) on the name screen; it is left out: tell them apart, e.g. with an initial</source>
            <translation>이 이름은 이름 화면에서 "{0}"({1}행)과(와) 똑같아 보입니다. 빠졌으니 이니셜 등으로 구별하세요</translation>
        </message>
        <message>
            <source>{0}; the app uses its default settings</source>
            <translation>{0}. 앱은 기본 설정을 씁니다</translation>
        </message>
        <message>
            <source>{0}; write the LRS's xAPI address, for example https://lrs.example.org/xapi/</source>
            <translation>{0}. LRS의 xAPI 주소를 쓰세요(예: https://lrs.example.org/xapi/)</translation>
        </message>
    </context>
    <context>
        <name>sign_in</name>
        <message>
            <source>&amp;Not me: back to the names</source>
            <translation>내가 아니에요: 이름으로 돌아가기(&amp;N)</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>PIN은 숫자 4~8자리입니다.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message>
            <source>Choose a PIN of 4 to 8 digits that you will remember, and keep it secret.</source>
            <translation>기억할 수 있는 숫자 4~8자리 PIN을 정하고, 아무에게도 알려 주지 마세요.</translation>
        </message>
        <message>
            <source>Choose three pictures, in an order you will remember. They are your picture password: keep them secret.</source>
            <translation>기억할 수 있는 순서로 그림 세 개를 고르세요. 이것이 나의 그림 비밀번호예요. 아무에게도 알려 주지 마세요.</translation>
        </message>
        <message>
            <source>Forgot it? Ask your teacher to reset it.</source>
            <translation>잊어버렸나요? 선생님께 초기화해 달라고 하세요.</translation>
        </message>
        <message>
            <source>Hello, {0}</source>
            <translation>안녕하세요, {0}</translation>
        </message>
        <message>
            <source>It could not be saved ({0}). Please tell your teacher.</source>
            <translation>저장하지 못했습니다({0}). 선생님께 알려 주세요.</translation>
        </message>
        <message>
            <source>Now pick the same three pictures again, in the same order.</source>
            <translation>이제 같은 그림 세 개를 같은 순서로 다시 고르세요.</translation>
        </message>
        <message>
            <source>PIN for {0}</source>
            <translation>{0}의 PIN</translation>
        </message>
        <message>
            <source>Pick your three pictures, in order.</source>
            <translation>내 그림 세 개를 순서대로 고르세요.</translation>
        </message>
        <message>
            <source>Picture password for {0}</source>
            <translation>{0}의 그림 비밀번호</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Signing in does not work just now: the score database cannot be read. Please tell your teacher.</source>
            <translation>지금은 로그인할 수 없습니다. 점수 데이터베이스를 읽을 수 없어요. 선생님께 알려 주세요.</translation>
        </message>
        <message>
            <source>Tell {0} what you choose here, out of sight of the others.</source>
            <translation>여기서 고른 것을 다른 사람이 보지 않는 곳에서 {0}에게 알려 주세요.</translation>
        </message>
        <message>
            <source>That could not be saved. Please try again.</source>
            <translation>저장하지 못했습니다. 다시 해 보세요.</translation>
        </message>
        <message>
            <source>That is not your PIN. Try again, or go back and choose your name.</source>
            <translation>내 PIN이 아니에요. 다시 해 보거나, 돌아가서 내 이름을 고르세요.</translation>
        </message>
        <message>
            <source>The two PINs were not the same. Start again: choose a PIN.</source>
            <translation>두 PIN이 같지 않았어요. 처음부터 다시 PIN을 정하세요.</translation>
        </message>
        <message>
            <source>Those are not your pictures. Try again, or go back and choose your name.</source>
            <translation>내 그림이 아니에요. 다시 해 보거나, 돌아가서 내 이름을 고르세요.</translation>
        </message>
        <message>
            <source>Those were not the same pictures. Start again: choose three pictures.</source>
            <translation>같은 그림이 아니었어요. 처음부터 다시 그림 세 개를 고르세요.</translation>
        </message>
        <message>
            <source>Type the same PIN again.</source>
            <translation>같은 PIN을 한 번 더 입력하세요.</translation>
        </message>
        <message>
            <source>Type your PIN, then press Enter.</source>
            <translation>PIN을 입력하고 Enter를 누르세요.</translation>
        </message>
        <message>
            <source>Wrong too many times. Try again in {0} s.</source>
            <translation>너무 여러 번 틀렸어요. {0}초 뒤에 다시 해 보세요.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>이제 다시 해 볼 수 있어요.</translation>
        </message>
        <message>
            <source>You have no picture password or PIN yet, and it cannot be saved just now: the score database can only be read. Please tell your teacher.</source>
            <translation>아직 그림 비밀번호나 PIN이 없고, 지금은 저장할 수 없습니다. 점수 데이터베이스를 읽기만 할 수 있어요. 선생님께 알려 주세요.</translation>
        </message>
    </context>
    <context>
        <name>SignInTab</name>
        <message>
            <source>&amp;Reset</source>
            <translation>초기화(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Set for this student…</source>
            <translation>이 학생 것으로 정하기(&amp;S)…</translation>
        </message>
        <message>
            <source>A student without one chooses it at their next sign-in. Reset it when a student forgets theirs, or set it here for them.</source>
            <translation>아직 없는 학생은 다음 로그인 때 직접 정합니다. 학생이 잊어버렸으면 초기화하거나, 여기서 대신 정해 주세요.</translation>
        </message>
        <message>
            <source>Nothing was changed: {0}</source>
            <translation>아무것도 바뀌지 않았습니다: {0}</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Reset the selected student's sign-in</source>
            <translation>선택한 학생의 로그인 초기화</translation>
        </message>
        <message>
            <source>Reset: {0} chooses a new one at their next sign-in.</source>
            <translation>초기화했습니다. {0}은(는) 다음 로그인 때 새로 정합니다.</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>정한 사람</translation>
        </message>
        <message>
            <source>Set on</source>
            <translation>정한 날짜</translation>
        </message>
        <message>
            <source>Set the selected student's sign-in</source>
            <translation>선택한 학생의 로그인 정하기</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Students and their sign-in</source>
            <translation>학생과 로그인 방식</translation>
        </message>
        <message>
            <source>Students sign in with a PIN of 4 to 8 digits after choosing their name.</source>
            <translation>학생은 이름을 고른 뒤 숫자 4~8자리 PIN으로 로그인합니다.</translation>
        </message>
        <message>
            <source>Students sign in with a picture password (three of nine pictures, in order) after choosing their name.</source>
            <translation>학생은 이름을 고른 뒤 그림 비밀번호(그림 아홉 개 중 세 개, 순서대로)로 로그인합니다.</translation>
        </message>
        <message>
            <source>a teacher</source>
            <translation>교사</translation>
        </message>
        <message>
            <source>not set yet</source>
            <translation>아직 정하지 않음</translation>
        </message>
        <message>
            <source>picture password</source>
            <translation>그림 비밀번호</translation>
        </message>
        <message>
            <source>the student</source>
            <translation>학생 본인</translation>
        </message>
        <message>
            <source>{0} now signs in with what you chose.</source>
            <translation>이제 {0}은(는) 선생님이 고른 것으로 로그인합니다.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A name can be at most {0} characters long.</source>
            <translation>이름은 {0}자까지 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that change the direction of the text.</source>
            <translation>이름에는 글의 방향을 바꾸는 문자를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>A name cannot contain characters that have no letter or sign to show.</source>
            <translation>이름에는 보여 줄 글자나 기호가 없는 문자를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>A name cannot contain invisible characters.</source>
            <translation>이름에는 보이지 않는 문자를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>A new score database cannot be created at {0}.</source>
            <translation>{0}에 새 점수 데이터베이스를 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Another program is using the score database in {0}, so answers cannot be saved just now. Close that program (a database viewer, a backup or sync tool), then try again.</source>
            <translation>다른 프로그램이 {0}의 점수 데이터베이스를 쓰고 있어서 지금은 답을 저장할 수 없습니다. 그 프로그램(데이터베이스 보기, 백업 또는 동기화 도구)을 닫고 다시 해 보세요.</translation>
        </message>
        <message>
            <source>Please type a name.</source>
            <translation>이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The backup {0} does not exist.</source>
            <translation>백업 {0}이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The backup {0} is damaged or not a lessonapp backup; nothing was changed.</source>
            <translation>백업 {0}이(가) 손상되었거나 lessonapp 백업이 아닙니다. 아무것도 바꾸지 않았습니다.</translation>
        </message>
        <message>
            <source>The disk that holds {0} could not be read or written. Check that it is still connected, then try again; if it happens again, tell a teacher.</source>
            <translation>{0}이(가) 있는 디스크를 읽거나 쓸 수 없었습니다. 아직 연결되어 있는지 확인하고 다시 해 보세요. 또 그러면 선생님께 알리세요.</translation>
        </message>
        <message>
            <source>The disk that holds {0} is full, so answers cannot be saved. Free some space on it (or ask a teacher to), then try again.</source>
            <translation>{0}이(가) 있는 디스크가 가득 차서 답을 저장할 수 없습니다. 공간을 비우고(또는 선생님께 부탁하고) 다시 해 보세요.</translation>
        </message>
        <message>
            <source>The folder {0} cannot be created ({1}).</source>
            <translation>폴더 {0}을(를) 만들 수 없습니다({1}).</translation>
        </message>
        <message>
            <source>The score database could not be read (it is damaged or not a database), so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>점수 데이터베이스를 읽을 수 없어서(손상되었거나 데이터베이스가 아닙니다) {0}(으)로 남겨 두고 {1}에 비어 있는 새 데이터베이스를 시작했습니다.</translation>
        </message>
        <message>
            <source>The score database has no machine id; it was not made by lessonapp.</source>
            <translation>점수 데이터베이스에 기기 ID가 없습니다. lessonapp이 만든 것이 아닙니다.</translation>
        </message>
        <message>
            <source>The score database in {0} cannot be used just now ({1}). Try again, or tell a teacher.</source>
            <translation>지금은 {0}의 점수 데이터베이스를 쓸 수 없습니다({1}). 다시 해 보거나 선생님께 알리세요.</translation>
        </message>
        <message>
            <source>The score database in {0} lost its journal file and is busy, so answers cannot be saved just now. Try again in a moment.</source>
            <translation>{0}의 점수 데이터베이스가 저널 파일을 잃었고 사용 중이라서 지금은 답을 저장할 수 없습니다. 잠시 뒤에 다시 해 보세요.</translation>
        </message>
        <message>
            <source>The score database in {0} seems to be damaged. Close lessonapp and open it again: it keeps the damaged file aside and starts a new one.</source>
            <translation>{0}의 점수 데이터베이스가 손상된 것 같습니다. lessonapp을 닫고 다시 여세요. 손상된 파일은 따로 두고 새 파일을 시작합니다.</translation>
        </message>
        <message>
            <source>The score database is not a lessonapp score database, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>점수 데이터베이스가 lessonapp의 것이 아니어서 {0}(으)로 남겨 두고 {1}에 비어 있는 새 데이터베이스를 시작했습니다.</translation>
        </message>
        <message>
            <source>The score database was written by a newer version of lessonapp, so it was kept as {0} and a new, empty one was started at {1}.</source>
            <translation>점수 데이터베이스를 더 새 버전의 lessonapp이 써서 {0}(으)로 남겨 두고 {1}에 비어 있는 새 데이터베이스를 시작했습니다.</translation>
        </message>
        <message>
            <source>The score database {0} cannot be used and could not be set aside ({1}).</source>
            <translation>점수 데이터베이스 {0}을(를) 쓸 수 없고 따로 옮겨 둘 수도 없었습니다({1}).</translation>
        </message>
        <message>
            <source>The score database {0} could not be read (it is damaged or not a database).</source>
            <translation>점수 데이터베이스 {0}을(를) 읽을 수 없었습니다(손상되었거나 데이터베이스가 아닙니다).</translation>
        </message>
        <message>
            <source>The score database {0} is not a lessonapp score database.</source>
            <translation>점수 데이터베이스 {0}은(는) lessonapp의 점수 데이터베이스가 아닙니다.</translation>
        </message>
        <message>
            <source>The score database {0} was written by a newer version of lessonapp.</source>
            <translation>점수 데이터베이스 {0}은(는) 더 새 버전의 lessonapp이 썼습니다.</translation>
        </message>
        <message>
            <source>The score database {0} was written by an older version of lessonapp; open lessonapp once (in a folder it can write to) to bring it up to date.</source>
            <translation>점수 데이터베이스 {0}은(는) 예전 버전의 lessonapp이 썼습니다. 최신으로 바꾸려면 (쓸 수 있는 폴더에서) lessonapp을 한 번 여세요.</translation>
        </message>
        <message>
            <source>The score database's journal file ({0}-wal in {1}) was deleted while lessonapp was running, perhaps by a cleaning or sync program. Every answer given so far was kept: lessonapp wrote them into {0} and goes on. Please keep such programs away from the folder {1}.</source>
            <translation>lessonapp이 실행되는 동안 점수 데이터베이스의 저널 파일({1}의 {0}-wal)이 지워졌습니다. 정리나 동기화 프로그램 때문일 수 있습니다. 지금까지의 답은 모두 남아 있습니다. lessonapp이 {0}에 써 두고 계속합니다. 그런 프로그램이 폴더 {1}에 손대지 않게 해 주세요.</translation>
        </message>
        <message>
            <source>There is already a student called {0}.</source>
            <translation>{0}(이)라는 학생이 이미 있습니다.</translation>
        </message>
        <message>
            <source>There is no score database at {0}.</source>
            <translation>{0}에 점수 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <source>This name looks the same as {0}, who is already on the list; add something that tells you apart, such as an initial.</source>
            <translation>이 이름은 이미 목록에 있는 {0}과(와) 똑같아 보입니다. 이니셜처럼 서로 구별할 것을 덧붙이세요.</translation>
        </message>
        <message>
            <source>lessonapp cannot save in the folder {0}: it (or the score database in it) is read-only. Lessons can still be read, but answers are not saved until a teacher makes it writable and restarts lessonapp.</source>
            <translation>lessonapp이 폴더 {0}에 저장할 수 없습니다. 폴더(또는 그 안의 점수 데이터베이스)가 읽기 전용입니다. 수업은 계속 읽을 수 있지만, 선생님이 쓸 수 있게 바꾸고 lessonapp을 다시 시작할 때까지 답은 저장되지 않습니다.</translation>
        </message>
        <message>
            <source>lessonapp is already open on the data folder {0}: use the window that is open, or close it and try again.</source>
            <translation>lessonapp이 데이터 폴더 {0}에서 이미 열려 있습니다. 열려 있는 창을 쓰거나, 그 창을 닫고 다시 해 보세요.</translation>
        </message>
    </context>
    <context>
        <name>StudentTab</name>
        <message>
            <source>&amp;Lesson:</source>
            <translation>수업(&amp;L):</translation>
        </message>
        <message>
            <source>All lessons</source>
            <translation>모든 수업</translation>
        </message>
        <message numerus="yes">
            <source>Also %n practice retry(s) of missed questions, not charted.</source>
            <translation>
                <numerusform>틀린 문제 연습 다시 풀기 %n번은 그래프에 없습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Answers of the selected attempt</source>
            <translation>선택한 응시의 답</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>응시</translation>
        </message>
        <message>
            <source>Attempts of this student</source>
            <translation>이 학생의 응시</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>고른 답</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <source>Lesson shown in the chart and list</source>
            <translation>그래프와 목록에 보일 수업</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>컴퓨터</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>No finished attempt yet.</source>
            <translation>아직 끝낸 응시가 없습니다.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>점수</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>문제</translation>
        </message>
        <message>
            <source>Right?</source>
            <translation>맞음?</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>점수</translation>
        </message>
        <message>
            <source>Score of each finished attempt, in order</source>
            <translation>끝낸 응시별 점수, 순서대로</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Stu&amp;dent:</source>
            <translation>학생(&amp;D):</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>학생</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>그만둠</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>끝냄</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>통과 못 함</translation>
        </message>
        <message>
            <source>pass mark</source>
            <translation>통과 기준</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>통과</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>연습</translation>
        </message>
        <message>
            <source>{0} has not finished an attempt here yet.</source>
            <translation>{0}은(는) 아직 여기서 끝낸 응시가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1} finished of %n attempt(s); bars numbered as in the list below.</source>
            <translation>
                <numerusform>{0}: 응시 %n번 중 {1}번 끝냄. 막대 번호는 아래 목록과 같습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Table</name>
        <message>
            <source>Column headers of {0}: click one to sort</source>
            <translation>{0}의 열 제목: 클릭하면 정렬합니다</translation>
        </message>
        <message>
            <source>Row numbers</source>
            <translation>줄 번호</translation>
        </message>
    </context>
    <context>
        <name>TeacherArea</name>
        <message>
            <source>&amp;Close teacher area</source>
            <translation>교사 화면 닫기(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Machine:</source>
            <translation>컴퓨터(&amp;M):</translation>
        </message>
        <message>
            <source>(lessonapp scores import lists every one)</source>
            <translation>(lessonapp scores import가 모두 보여 줍니다)</translation>
        </message>
        <message>
            <source>. First problem: {0}</source>
            <translation>. 첫 번째 문제: {0}</translation>
        </message>
        <message>
            <source>. It stopped early: {0}</source>
            <translation>. 중간에 멈췄습니다: {0}</translation>
        </message>
        <message>
            <source>All machines</source>
            <translation>모든 컴퓨터</translation>
        </message>
        <message>
            <source>Bac&amp;kups</source>
            <translation>백업(&amp;K)</translation>
        </message>
        <message>
            <source>Back to the app (Esc)</source>
            <translation>앱으로 돌아가기 (Esc)</translation>
        </message>
        <message>
            <source>Backed up to {0}</source>
            <translation>{0}에 백업함</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>백업 중…</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>백업을 복원했습니다.</translation>
        </message>
        <message>
            <source>Backup restored. The scores as they were before are kept in {0}.</source>
            <translation>백업을 복원했습니다. 이전 점수는 {0}에 보관되어 있습니다.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>Class &amp;overview</source>
            <translation>반 전체 보기(&amp;O)</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>내보내기(&amp;X)</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>묶음 내보내기</translation>
        </message>
        <message>
            <source>Export answers</source>
            <translation>답 내보내기</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>결과 내보내기</translation>
        </message>
        <message numerus="yes">
            <source>Exported {0} row(s) to {1}</source>
            <translation>
                <numerusform>{1}(으)로 {0}줄을 내보냄</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to {0}…</source>
            <translation>{0}(으)로 내보내는 중…</translation>
        </message>
        <message>
            <source>Import results</source>
            <translation>결과 가져오기</translation>
        </message>
        <message>
            <source>Importing {0} files…</source>
            <translation>파일 {0}개를 가져오는 중…</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 파일 (*.json)</translation>
        </message>
        <message>
            <source>Lesso&amp;n</source>
            <translation>수업(&amp;N)</translation>
        </message>
        <message>
            <source>Lesson &amp;problems</source>
            <translation>수업 파일 문제(&amp;P)</translation>
        </message>
        <message>
            <source>Machine {0}</source>
            <translation>컴퓨터 {0}</translation>
        </message>
        <message>
            <source>Merged {0} new results; {1} were here already.</source>
            <translation>새 결과 {0}개를 합쳤습니다. {1}개는 이미 있었습니다.</translation>
        </message>
        <message>
            <source>No backup was made: {0}</source>
            <translation>백업하지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>No bundle to import: put the bundles (.jsonl files) in {0}</source>
            <translation>가져올 묶음이 없습니다: 묶음 파일(.jsonl)을 {0}에 넣으세요</translation>
        </message>
        <message>
            <source>No teacher PIN is set: anyone at this computer can open the teacher area. Set one from a terminal with: lessonapp set-pin</source>
            <translation>교사 PIN이 없어서 이 컴퓨터의 누구나 교사 화면을 열 수 있습니다. 터미널에서 다음으로 설정하세요: lessonapp set-pin</translation>
        </message>
        <message>
            <source>Nothing was exported to {0}: {1}</source>
            <translation>{0}(으)로 아무것도 내보내지 못했습니다: {1}</translation>
        </message>
        <message>
            <source>Nothing was exported: {0}</source>
            <translation>아무것도 내보내지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>Nothing was pulled: {0}</source>
            <translation>아무것도 받아오지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>Pulled: {0}</source>
            <translation>받아옴: {0}</translation>
        </message>
        <message>
            <source>Pulling the class's results from the LRS…</source>
            <translation>LRS에서 반 결과를 받아오는 중…</translation>
        </message>
        <message>
            <source>Restore the scores from {0}?

The scores as they are now are kept aside in a file beside the database (nothing is deleted), then the app reopens the scores from the backup.</source>
            <translation>{0}에서 점수를 복원할까요?

지금 점수는 데이터베이스 옆 파일에 따로 보관되고(아무것도 지우지 않음), 앱은 백업의 점수를 다시 엽니다.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>이 백업을 복원할까요?</translation>
        </message>
        <message>
            <source>Restoring {0}…</source>
            <translation>{0} 복원 중…</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl *.json);;All files (*)</source>
            <translation>결과 묶음 (*.jsonl *.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Result bundles (*.jsonl)</source>
            <translation>결과 묶음 (*.jsonl)</translation>
        </message>
        <message>
            <source>S&amp;tudent</source>
            <translation>학생(&amp;T)</translation>
        </message>
        <message>
            <source>Sen&amp;ding</source>
            <translation>보내기(&amp;D)</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait.</source>
            <translation>{0}개 보냄, {1}개 대기.</translation>
        </message>
        <message>
            <source>Sent {0}; {1} wait: {2}</source>
            <translation>{0}개 보냄, {1}개 대기: {2}</translation>
        </message>
        <message>
            <source>Show the results of</source>
            <translation>결과를 볼 대상</translation>
        </message>
        <message>
            <source>Si&amp;gn-in</source>
            <translation>로그인(&amp;G)</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <source>Teacher area</source>
            <translation>교사 화면</translation>
        </message>
        <message>
            <source>Teacher area sections</source>
            <translation>교사 화면 구역</translation>
        </message>
        <message>
            <source>The backup was not restored: {0}</source>
            <translation>백업을 복원하지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>The import stopped: {0}. What was merged before stays; importing again goes on from there.</source>
            <translation>가져오기가 멈췄습니다: {0}. 이미 합친 것은 남아 있고, 다시 가져오면 거기서부터 이어집니다.</translation>
        </message>
        <message>
            <source>The teacher PIN has fewer than {0} digits: anyone with a copy of the scores file or a backup could find it in minutes. Set a longer one from a terminal with: lessonapp set-pin</source>
            <translation>교사 PIN이 {0}자리보다 짧습니다: 점수 파일이나 백업의 사본이 있으면 누구나 몇 분 만에 알아낼 수 있습니다. 터미널에서 더 긴 PIN을 설정하세요: lessonapp set-pin</translation>
        </message>
        <message>
            <source>This machine</source>
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>{0} ({1} attempts)</source>
            <translation>{0} (응시 {1}번)</translation>
        </message>
        <message>
            <source>{0} as {1}, every {2} s</source>
            <translation>{0}, 사용자 {1}, {2}초마다</translation>
        </message>
        <message>
            <source>{0} could not be merged:</source>
            <translation>{0}개를 합치지 못했습니다:</translation>
        </message>
    </context>
</TS>
