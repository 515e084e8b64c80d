<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
                <numerusform>%n question drawn from {0}</numerusform>
                <numerusform>%n questions drawn from {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message numerus="yes">
            <source>You left this quiz after {0} of %n question(s).</source>
            <translation>
                <numerusform>You left this quiz after {0} of %n question.</numerusform>
                <numerusform>You left this quiz after {0} of %n questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonTab</name>
        <message numerus="yes">
            <source>%n question(s) answered. Least often right: “{0}” ({1}% right).</source>
            <translation>
                <numerusform>%n question answered. Least often right: “{0}” ({1}% right).</numerusform>
                <numerusform>%n questions answered. Least often right: “{0}” ({1}% right).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryScreen</name>
        <message numerus="yes">
            <source>%n lessons could not be opened. Ask your teacher.</source>
            <translation>
                <numerusform>%n lesson could not be opened. Ask your teacher.</numerusform>
                <numerusform>%n lessons could not be opened. Ask your teacher.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>{0} of {1} row(s)</source>
            <translation>
                <numerusform>{0} of {1} row</numerusform>
                <numerusform>{0} of {1} rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} row(s)</source>
            <translation>
                <numerusform>{0} row</numerusform>
                <numerusform>{0} rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message numerus="yes">
            <source>{0} cannot be shown: %n error(s). Fix them and save.</source>
            <translation>
                <numerusform>{0} cannot be shown: %n error. Fix them and save.</numerusform>
                <numerusform>{0} cannot be shown: %n errors. Fix them and save.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} has %n error(s); showing the last version that worked. Fix them and save.</source>
            <translation>
                <numerusform>{0} has %n error; showing the last version that worked. Fix them and save.</numerusform>
                <numerusform>{0} has %n errors; showing the last version that worked. Fix them and save.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsTab</name>
        <message numerus="yes">
            <source>%n lesson file(s) could not be loaded.</source>
            <translation>
                <numerusform>%n lesson file could not be loaded.</numerusform>
                <numerusform>%n lesson files could not be loaded.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizController</name>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s).</source>
            <translation>
                <numerusform>Partly right: {0} of %n point.</numerusform>
                <numerusform>Partly right: {0} of %n points.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsScreen</name>
        <message numerus="yes">
            <source>All %n question(s) you missed are now right.</source>
            <translation>
                <numerusform>The question you missed is now right.</numerusform>
                <numerusform>All %n questions you missed are now right.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n question(s) you missed is right yet.</source>
            <translation>
                <numerusform>The question you missed is not right yet.</numerusform>
                <numerusform>None of the %n questions you missed is right yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Now right: {0} of the %n question(s) you missed.</source>
            <translation>
                <numerusform>Now right: {0} of the %n question you missed.</numerusform>
                <numerusform>Now right: {0} of the %n questions you missed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partly right: {0} of %n point(s)</source>
            <translation>
                <numerusform>Partly right: {0} of %n point</numerusform>
                <numerusform>Partly right: {0} of %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The right answer:</source>
            <translation>
                <numerusform>The right answer:</numerusform>
                <numerusform>The right answers:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your answer:</source>
            <translation>
                <numerusform>Your answer:</numerusform>
                <numerusform>Your answers:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n point(s)</source>
            <translation>
                <numerusform>{0} of %n point</numerusform>
                <numerusform>{0} of %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0} of %n question(s) right</source>
            <translation>
                <numerusform>{0} of %n question right</numerusform>
                <numerusform>{0} of %n questions right</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudentTab</name>
        <message numerus="yes">
            <source>Also %n practice retry(s) of missed questions, not charted.</source>
            <translation>
                <numerusform>Also 1 practice retry of missed questions, not charted.</numerusform>
                <numerusform>Also %n practice retries of missed questions, not charted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1} finished of %n attempt(s); bars numbered as in the list below.</source>
            <translation>
                <numerusform>{0}: {1} finished of %n attempt; bars numbered as in the list below.</numerusform>
                <numerusform>{0}: {1} finished of %n attempts; bars numbered as in the list below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeacherArea</name>
        <message numerus="yes">
            <source>Exported {0} row(s) to {1}</source>
            <translation>
                <numerusform>Exported {0} row to {1}</numerusform>
                <numerusform>Exported {0} rows to {1}</numerusform>
            </translation>
        </message>
    </context>
</TS>
