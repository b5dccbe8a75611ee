<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="79" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="80" />
        <source>Something went wrong: %1

The details are in %2</source>
        <translation>Etwas ist schiefgegangen: %1

Einzelheiten stehen in %2</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="128" />
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="56" />
        <source>Edit application</source>
        <translation>Antrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="69" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="70" />
        <source>leave empty: drawn from the pattern</source>
        <translation>leer lassen: wird nach dem Muster vergeben</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="106" />
        <source>Choose the applicant from the register first.</source>
        <translation>Bitte zuerst den Antragsteller aus dem Verzeichnis wählen.</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="6" />
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="12" />
        <source>Applicant:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="13" />
        <source>Name, AGS, ARS or key – e.g. Dinkelsbühl, 09571136, 096</source>
        <translation>Name, AGS, ARS oder Schlüssel – z. B. Dinkelsbühl, 09571136, 096</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="15" />
        <source>Register entry:</source>
        <translation>Eintrag im Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="17" />
        <source>Reference (Aktenzeichen):</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="18" />
        <source>drawn from the pattern in the settings</source>
        <translation>wird nach dem Muster in den Einstellungen vergeben</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="19" />
        <source>Received on:</source>
        <translation>Eingegangen am:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="21" />
        <source>Title of the head:</source>
        <translation>Amtsbezeichnung der Spitze:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="23" />
        <source>Name of the head:</source>
        <translation>Name der Spitze:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="24" />
        <source>e.g. Dieter Reiter</source>
        <translation>z. B. Dieter Reiter</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="25" />
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <location filename="../../forms/application_dialog.ui" line="27" />
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="34" />
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="35" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="37" />
        <source>Counted / threshold</source>
        <translation>Gezählt / Schwelle</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="38" />
        <source>Eligible</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="39" />
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="96" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="97" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="31" />
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="33" />
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="35" />
        <source>damaged file, moved aside</source>
        <translation>beschädigte Datei, beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="37" />
        <source>before a register update</source>
        <translation>vor einer Aktualisierung des Verzeichnisses</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="39" />
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="40" />
        <source>before a database upgrade</source>
        <translation>vor einer Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="116" />
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="117" />
        <source>Go back to the state of %1?</source>
        <translation>Zum Stand vom %1 zurückkehren?</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="124" />
        <source>What was entered after that is replaced. The current state is kept as a backup first.</source>
        <translation>Was danach eingegeben wurde, wird ersetzt. Der jetzige Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="130" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="191" />
        <source>another DigiAmt Desk</source>
        <translation>einem anderen DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="194" />
        <source>DigiAmt Desk (process %1 on %2, since %3)</source>
        <translation>DigiAmt Desk (Prozess %1 auf %2, seit %3)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="200" />
        <source>%1 is open in %2.

Close it there first: two programs changing the same cases would overwrite each other's work.</source>
        <translation>%1 ist in %2 geöffnet.

Bitte schließen Sie die Datenbank dort zuerst: Zwei Programme, die dieselben Vorgänge ändern, würden sich gegenseitig die Arbeit überschreiben.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="213" />
        <source>The database is in use</source>
        <translation>Die Datenbank wird gerade verwendet</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="231" />
        <source>Check &amp;links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="234" />
        <source>Check the links of all procedures of this application (or of the selected ones): reachable, redirected, broken; hints of “information only”</source>
        <translation>Die Links aller Verfahren dieses Antrags (oder der ausgewählten) prüfen: erreichbar, umgeleitet, defekt; Hinweise auf „nur Information“</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="236" />
        <source>Check links of the &amp;selection</source>
        <translation>Links der &amp;Auswahl prüfen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="238" />
        <source>&amp;Cancel the check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="240" />
        <source>&amp;Duplicates…</source>
        <translation>&amp;Dubletten…</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="243" />
        <source>Procedures that are probably the same under different links or titles</source>
        <translation>Verfahren, die wahrscheinlich dieselben sind, unter anderen Links oder Titeln</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="244" />
        <source>&amp;Accept all reachable procedures without hints</source>
        <translation>Alle erreichbaren Verfahren ohne Hinweis &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="247" />
        <source>Accept every open procedure whose link works and that has no hint of “information only” (one step: Ctrl+Z undoes it)</source>
        <translation>Jedes offene Verfahren annehmen, dessen Link funktioniert und das keinen Hinweis auf „nur Information“ hat (ein Schritt: Strg+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="254" />
        <source>Chec&amp;ks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="276" />
        <source>Checking %v of %m</source>
        <translation>Prüfe %v von %m</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="277" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="349" />
        <source>Checking links…</source>
        <translation>Links werden geprüft …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="410" />
        <source>No network: the check stopped. Earlier results were kept.</source>
        <translation>Kein Netzwerk: Die Prüfung wurde beendet. Frühere Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="415" />
        <source>%1 links checked: %2 reachable, %3 not reachable</source>
        <translation>%1 Links geprüft: %2 erreichbar, %3 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="419" />
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="429" />
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="453" />
        <source>No open procedure is reachable without hints (check the links first).</source>
        <translation>Kein offenes Verfahren ist ohne Hinweis erreichbar (zuerst die Links prüfen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/checks.py" line="457" />
        <source>%n procedure(s) accepted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Verfahren angenommen. Strg+Z macht es rückgängig.</numerusform><numerusform>%n Verfahren angenommen. Strg+Z macht es rückgängig.</numerusform></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="86" />
        <source>0 – offline</source>
        <translation>0 – offline</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="87" />
        <source>1 – information online</source>
        <translation>1 – Information online</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="88" />
        <source>2 – form online, no submission</source>
        <translation>2 – Formular online, keine Übermittlung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="89" />
        <source>3 – online service</source>
        <translation>3 – Online-Dienst</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="90" />
        <source>4 – fully digital</source>
        <translation>4 – vollständig digital</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="93" />
        <source>The link is an e-mail address: nothing can be submitted online.</source>
        <translation>Der Link ist eine E-Mail-Adresse: online kann nichts abgesendet werden.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="95" />
        <source>The link leads to a PDF file.</source>
        <translation>Der Link führt zu einer PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="96" />
        <source>The link leads to a document file (%1).</source>
        <translation>Der Link führt zu einer Dokumentdatei (%1).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="97" />
        <source>No form with a submit button found on the page.</source>
        <translation>Auf der Seite wurde kein Formular mit Absende-Schaltfläche gefunden.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="98" />
        <source>The page has forms (%1), but none with a submit button.</source>
        <translation>Die Seite hat Formulare (%1), aber keines mit Absende-Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="100" />
        <source>Information portal: %1.</source>
        <translation>Informationsportal: %1.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="101" />
        <source>Known online-service platform: %1.</source>
        <translation>Bekannte Plattform für Online-Dienste: %1.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="104" />
        <source>same address (scheme, www., tracking)</source>
        <translation>gleiche Adresse (Schema, www., Tracking)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="105" />
        <source>both lead to the same page</source>
        <translation>beide führen zur selben Seite</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="106" />
        <source>same title</source>
        <translation>gleicher Titel</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="107" />
        <source>nearly the same title</source>
        <translation>fast gleicher Titel</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="123" />
        <source>Automatic check</source>
        <translation>Automatische Prüfung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="125" />
        <source>Not checked yet (Checks › Check links).</source>
        <translation>Noch nicht geprüft (Prüfungen › Links prüfen).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="128" />
        <location filename="../../digiamt_desk/ui/checks.py" line="158" />
        <source>Maturity level (reviewer)</source>
        <translation>Reifegrad (Prüfer/in)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="140" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="142" />
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="145" />
        <source>Ends at</source>
        <translation>Endet bei</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="147" />
        <source>Redirects</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="149" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="149" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="150" />
        <source>Form with submit button</source>
        <translation>Formular mit Absende-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="153" />
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="156" />
        <source>Estimated maturity</source>
        <translation>Geschätzter Reifegrad</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="161" />
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="171" />
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../../digiamt_desk/ui/crash.py" line="140" />
        <source>DigiAmt Desk did not close properly last time (started %1).</source>
        <translation>DigiAmt Desk wurde beim letzten Mal nicht ordnungsgemäß beendet (gestartet %1).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/crash.py" line="143" />
        <source>Every decision is saved the moment it is made, so nothing you entered before is lost. Please send the log to the support if this happens again:</source>
        <translation>Jede Entscheidung wird sofort gespeichert, es ist also nichts verloren, was Sie vorher eingegeben haben. Wenn das wieder vorkommt, senden Sie bitte das Protokoll an den Support:</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/crash.py" line="151" />
        <source>DigiAmt Desk was not closed properly</source>
        <translation>DigiAmt Desk wurde nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/crash.py" line="160" />
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="150" />
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="152" />
        <source>%1 fails SQLite's integrity check. It was not changed.</source>
        <translation>%1 besteht die Integritätsprüfung von SQLite nicht. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="156" />
        <source>SQLite reports: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="160" />
        <source>The newest sound backup is from %1. Restoring it keeps the damaged file in the backup folder.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1. Beim Wiederherstellen bleibt die beschädigte Datei im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="164" />
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="167" />
        <source>There is no sound backup of it.</source>
        <translation>Es gibt keine intakte Sicherung davon.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="170" />
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="91" />
        <location filename="../../digiamt_desk/ui/session.py" line="155" />
        <location filename="../../digiamt_desk/ui/session.py" line="191" />
        <location filename="../../digiamt_desk/ui/session.py" line="221" />
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="156" />
        <source>%1 is damaged where the cases are stored and cannot be read: %2

Restore a backup (File &gt; Restore from a backup) or ask the support to rescue it.</source>
        <translation>%1 ist an der Stelle beschädigt, an der die Vorgänge gespeichert sind, und kann nicht gelesen werden: %2

Stellen Sie eine Sicherung wieder her (Datei &gt; Aus einer Sicherung wiederherstellen) oder bitten Sie den Support, die Datei zu retten.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="273" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="281" />
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="286" />
        <source>Res&amp;tore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="311" />
        <source>&lt;b&gt;Read-only&lt;/b&gt;: this database is damaged; restore a backup to work on it</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Diese Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her, um daran zu arbeiten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="329" />
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="334" />
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="374" />
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/session.py" line="391" />
        <source>Restored the state of %1; the former state is kept in %2</source>
        <translation>Stand vom %1 wiederhergestellt; der vorherige Stand ist in %2 gesichert</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="26" />
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="29" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="30" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="31" />
        <source>municipal</source>
        <translation>kommunal</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="32" />
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="33" />
        <source>LeiKa keys</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="40" />
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="40" />
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="42" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="42" />
        <source>Accepted</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="43" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="44" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="46" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="48" />
        <source>Merged rows</source>
        <translation>Zusammengeführte Zeilen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="50" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="51" />
        <source>(no title)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="58" />
        <source>The source of this procedure is not stored.</source>
        <translation>Die Quelle dieses Verfahrens ist nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="63" />
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="71" />
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="79" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="79" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="80" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="80" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/detail.py" line="81" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="291" />
        <source>Writing documents…</source>
        <translation>Dokumente werden geschrieben …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="291" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="292" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="317" />
        <source>Writing the documents of %1 (%2 of %3)…</source>
        <translation>Dokumente für %1 werden geschrieben (%2 von %3) …</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="128" />
        <source>Preparing the documents…</source>
        <translation>Die Dokumente werden erstellt …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="150" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 procedures counted, %4 needed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 Verfahren gezählt, %4 erforderlich</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="163" />
        <source>The documents cannot be made:
%1</source>
        <translation>Die Dokumente können nicht erstellt werden:
%1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="229" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/documents.py" line="231" />
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform><numerusform>%n Seiten an den Drucker gesendet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="244" />
        <location filename="../../digiamt_desk/ui/documents.py" line="253" />
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="255" />
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="261" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/documents.py" line="263" />
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform><numerusform>%n Dateien in %1 gespeichert</numerusform></translation>
    </message>
    <message>
        <location filename="../../forms/document_dialog.ui" line="6" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../forms/document_dialog.ui" line="47" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../forms/document_dialog.ui" line="48" />
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../../forms/document_dialog.ui" line="49" />
        <source>Save all to the &amp;output folder</source>
        <translation>Alle im &amp;Ausgabeordner speichern</translation>
    </message>
    <message>
        <location filename="../../forms/document_dialog.ui" line="50" />
        <source>Open output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="53" />
        <source>Award letter</source>
        <translation>Auszeichnungsschreiben</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="54" />
        <source>Certificate</source>
        <translation>Urkunde</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="55" />
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="56" />
        <source>Rejection letter</source>
        <translation>Ablehnungsschreiben</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents.py" line="57" />
        <source>Request for more</source>
        <translation>Bitte um Ergänzung</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="38" />
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="40" />
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vorschau und Druck …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="43" />
        <source>&amp;Write the documents of this application</source>
        <translation>Dokumente dieses Antrags &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="46" />
        <source>Write the documents of &amp;all decided applications…</source>
        <translation>Dokumente &amp;aller entschiedenen Anträge schreiben …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="49" />
        <source>Open the output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="84" />
        <source>No application is decided yet (awarded or rejected).</source>
        <translation>Noch kein Antrag ist entschieden (ausgezeichnet oder abgelehnt).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="88" />
        <source>Folder for the documents</source>
        <translation>Ordner für die Dokumente</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="116" />
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="127" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="119" />
        <source>%1 file(s) for %2 application(s) written to %3.</source>
        <translation>%1 Datei(en) für %2 Antrag/Anträge in %3 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="123" />
        <source>Cancelled: the remaining applications were left out.</source>
        <translation>Abgebrochen: Die übrigen Anträge wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/documents_menu.py" line="128" />
        <source>Not written:</source>
        <translation>Nicht geschrieben:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="503" />
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="506" />
        <location filename="../../digiamt_desk/ui/checks.py" line="557" />
        <source>Searching for duplicates…</source>
        <translation>Dubletten werden gesucht …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="508" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="508" />
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="509" />
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="512" />
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="513" />
        <source>Merge the &amp;other way</source>
        <translation>&amp;Umgekehrt zusammenführen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="514" />
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht dasselbe</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="519" />
        <source>Merged (each counts once):</source>
        <translation>Zusammengeführt (jedes zählt einmal):</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="520" />
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="520" />
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="522" />
        <source>&amp;Undo the merge</source>
        <translation>Zusammenführung &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/checks.py" line="588" />
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform><numerusform>%n Vorschläge</numerusform></translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/checks.py" line="594" />
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="66" />
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="67" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="68" />
        <source>LeiKa key</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="69" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="70" />
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="71" />
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="74" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="75" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="76" />
        <source>OZG dashboard export (CSV)</source>
        <translation>Export des OZG-Dashboards (CSV)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="77" />
        <source>OZG dashboard export (XLSX)</source>
        <translation>Export des OZG-Dashboards (XLSX)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="79" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="80" />
        <source>XZuFi (XML)</source>
        <translation>XZuFi (XML)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="205" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="206" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="207" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="208" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="448" />
        <source>Choose the applicant from the list, or type its key (ARS, AGS).</source>
        <translation>Antragsteller aus der Liste wählen oder den Schlüssel (ARS, AGS) eingeben.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="459" />
        <source>The file names %1; the procedures go to the applicant chosen above.</source>
        <translation>Die Datei nennt %1; die Verfahren gehen an den oben gewählten Antragsteller.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="462" />
        <source>Applicant named by the file: %1</source>
        <translation>In der Datei genannter Antragsteller: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="465" />
        <source>Choose the applicant above.</source>
        <translation>Bitte oben den Antragsteller wählen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="471" />
        <source>The file names no applicant (it has no ARS column).</source>
        <translation>Die Datei nennt keinen Antragsteller (sie hat keine ARS-Spalte).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="486" />
        <source>Procedure lists (*.csv *.tsv *.txt *.xlsx *.json *.xml)</source>
        <translation>Verfahrenslisten (*.csv *.tsv *.txt *.xlsx *.json *.xml)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="487" />
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="488" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="489" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="490" />
        <source>XZuFi files (*.xml)</source>
        <translation>XZuFi-Dateien (*.xml)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="491" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="493" />
        <source>Choose a procedure list</source>
        <translation>Verfahrensliste wählen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="528" />
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="554" />
        <source>Reading the rows again …</source>
        <translation>Die Zeilen werden neu gelesen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="588" />
        <location filename="../../forms/import_dialog.ui" line="180" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="194" />
        <source>Skipped rows and warnings</source>
        <translation>Übersprungene Zeilen und Hinweise</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="451" />
        <source>Leave it empty if the file names the applicant (in an ARS column).</source>
        <translation>Leer lassen, wenn die Datei den Antragsteller nennt (in einer ARS-Spalte).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="566" />
        <source>Correct the source and press Read again, or choose another file.</source>
        <translation>Die Quelle berichtigen und erneut „Lesen“ drücken oder eine andere Datei wählen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="568" />
        <source>Choose other columns, or correct the source and press Read again.</source>
        <translation>Andere Spalten wählen oder die Quelle berichtigen und erneut „Lesen“ drücken.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="586" />
        <source>Rows (first %1 of %2)</source>
        <translation>Zeilen (die ersten %1 von %2)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="589" />
        <source>Skipped rows and warnings (%1)</source>
        <translation>Übersprungene Zeilen und Hinweise (%1)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="602" />
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="603" />
        <source>Rows to import: %1</source>
        <translation>Zu importierende Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="604" />
        <source>Rows skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="605" />
        <source>Warnings: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="620" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="656" />
        <source>Importing …</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="668" />
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="675" />
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="680" />
        <source>Imported into application %1: %2 (ARS %3)</source>
        <translation>In Antrag %1 importiert: %2 (ARS %3)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="683" />
        <source>The application was created by this import.</source>
        <translation>Der Antrag wurde mit diesem Import angelegt.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="698" />
        <location filename="../../forms/import_dialog.ui" line="272" />
        <source>Skipped rows, warnings and merged duplicates:</source>
        <translation>Übersprungene Zeilen, Hinweise und zusammengeführte Doppelungen:</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="699" />
        <source>No row was skipped, merged or changed on the way in.</source>
        <translation>Keine Zeile wurde übersprungen, zusammengeführt oder beim Einlesen verändert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="736" />
        <source>Reading the rows …</source>
        <translation>Die Zeilen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="737" />
        <source>Storing procedures: %1 of %2</source>
        <translation>Verfahren werden gespeichert: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="739" />
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="767" />
        <source>Unexpected error (%1): %2. The details are in the log.</source>
        <translation>Unerwarteter Fehler (%1): %2. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="772" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="782" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/import_dialog.py" line="805" />
        <source>Reading … (a web address may take a while; Cancel stops waiting)</source>
        <translation>Wird gelesen … (eine Webadresse kann dauern; „Abbrechen“ beendet das Warten)</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="9" />
        <source>Import procedure list</source>
        <translation>Verfahrensliste importieren</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="22" />
        <source>&amp;File or web address:</source>
        <translation>&amp;Datei oder Webadresse:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="31" />
        <source>A file path, or a web address starting with https://</source>
        <translation>Ein Dateipfad oder eine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="38" />
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="44" />
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="52" />
        <source>&amp;Applicant:</source>
        <translation>&amp;Antragsteller:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="59" />
        <source>Name or key of the municipality, VG, Landkreis or Bezirk</source>
        <translation>Name oder Schlüssel der Gemeinde, VG, des Landkreises oder Bezirks</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="92" />
        <source>Choose a file (CSV, Excel, JSON or XZuFi XML) or enter a web address, then press Read. You will see the rows and the detected columns before anything is stored.</source>
        <translation>Eine Datei (CSV, Excel, JSON oder XZuFi-XML) wählen oder eine Webadresse eingeben, dann „Lesen“. Sie sehen die Zeilen und die erkannten Spalten, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="121" />
        <source>Columns (change them if a column was not recognised)</source>
        <translation>Spalten (ändern, falls eine Spalte nicht erkannt wurde)</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="125" />
        <source>&amp;Title:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="132" />
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="139" />
        <source>Lei&amp;Ka key:</source>
        <translation>Lei&amp;Ka-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="146" />
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="153" />
        <source>A&amp;RS:</source>
        <translation>A&amp;RS:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="160" />
        <source>&amp;OZG-ID:</source>
        <translation>&amp;OZG-ID:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="168" />
        <source>The table shows the rows as they are in the source; the columns in use are marked with the field they fill.</source>
        <translation>Die Tabelle zeigt die Zeilen so, wie sie in der Quelle stehen; genutzte Spalten sind mit dem Feld markiert, das sie füllen.</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="233" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="236" />
        <source>Rows taken from the source:</source>
        <translation>Aus der Quelle übernommene Zeilen:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="238" />
        <source>Added:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="240" />
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="242" />
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="244" />
        <source>Duplicates merged:</source>
        <translation>Zusammengeführte Doppelungen:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="246" />
        <source>Rows skipped:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="248" />
        <source>Warnings:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="250" />
        <source>Links that are no web address:</source>
        <translation>Links, die keine Webadresse sind:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="252" />
        <source>Procedures missing from this source:</source>
        <translation>In dieser Quelle fehlende Verfahren:</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="309" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="314" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="320" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="149" />
        <source>Toggle: %1</source>
        <translation>Umschalten: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="153" />
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="252" />
        <source>read-only, reopen it to change anything</source>
        <translation>schreibgeschützt – zum Ändern wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="262" />
        <source>&lt;b&gt;Eligible&lt;/b&gt;: threshold of %1 reached</source>
        <translation>&lt;b&gt;Erfüllt&lt;/b&gt;: Schwelle von %1 erreicht</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="265" />
        <source>&lt;b&gt;Not yet eligible&lt;/b&gt;: %1 missing</source>
        <translation>&lt;b&gt;Noch nicht erfüllt&lt;/b&gt; (fehlend: %1)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="274" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="375" />
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="470" />
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="267" />
        <source>%1 open · %2 accepted · %3 rejected</source>
        <translation>%1 offen · %2 anerkannt · %3 abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="270" />
        <source>%1 procedures, %2 merged duplicates, %3 links that are no web address</source>
        <translation>%1 Verfahren, %2 zusammengeführte Doppelungen, %3 Links ohne Webadresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="459" />
        <source>This database is open read-only because it is damaged: nothing can be changed. Restore a backup (File › Restore from a backup).</source>
        <translation>Diese Datenbank ist beschädigt und nur lesbar geöffnet: Es kann nichts geändert werden. Stellen Sie eine Sicherung wieder her (Datei › Aus einer Sicherung wiederherstellen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/main_window.py" line="495" />
        <source>%n procedure(s) changed</source>
        <translation>
            <numerusform>%n Verfahren geändert</numerusform>
            <numerusform>%n Verfahren geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="499" />
        <source>not accepted: %1 (%2)</source>
        <translation>nicht anerkannt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/main_window.py" line="502" />
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="569" />
        <source>No open procedure left in this view.</source>
        <translation>In dieser Ansicht ist kein Verfahren mehr offen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="584" />
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="587" />
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="606" />
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="607" />
        <source>Note for the status “%1” (optional):</source>
        <translation>Notiz zum Status „%1“ (optional):</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="648" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="649" />
        <source>The new language applies from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="653" />
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="653" />
        <source>DigiAmt databases (*.db);;All files (*)</source>
        <translation>DigiAmt-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="666" />
        <source>About DigiAmt Desk</source>
        <translation>Über DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="667" />
        <source>DigiAmt Desk %1

Review of applications for the award "Digitales Amt".

Register of municipalities: %2</source>
        <translation>DigiAmt Desk %1

Prüfung von Anträgen auf die Auszeichnung „Digitales Amt“.

Gemeindeverzeichnis: %2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>DigiAmt Desk</source>
        <translation>DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="25" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86" />
        <source>Counted:</source>
        <translation>Gezählt:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="37" />
        <source>No applications yet: File › Import procedure list… or File › New application…</source>
        <translation>Noch keine Anträge: Datei › Verfahrensliste importieren … oder Datei › Neuer Antrag …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="38" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="60" />
        <source>Filter by title, link or note…</source>
        <translation>Nach Bezeichnung, Link oder Notiz filtern …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="66" />
        <source>Only open</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="109" />
        <source>Note (saved as you type):</source>
        <translation>Notiz (wird beim Schreiben gespeichert):</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="113" />
        <source>Note on this procedure</source>
        <translation>Notiz zu diesem Verfahren</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119" />
        <source>Source row</source>
        <translation>Quellzeile</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="156" />
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="170" />
        <source>&amp;Application</source>
        <translation>&amp;Antrag</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="174" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="203" />
        <source>&amp;New application…</source>
        <translation>&amp;Neuer Antrag …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="205" />
        <source>Create an application for an authority of the register</source>
        <translation>Einen Antrag für eine Behörde aus dem Verzeichnis anlegen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="208" />
        <source>&amp;Import procedure list…</source>
        <translation>Verfahrensliste &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="210" />
        <source>Import a file or URL with the procedures of an application</source>
        <translation>Eine Datei oder URL mit den Verfahren eines Antrags importieren</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="213" />
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="217" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="220" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="224" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="226" />
        <source>Undo the last review change of this application</source>
        <translation>Die letzte Prüfänderung dieses Antrags rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="229" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="231" />
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="234" />
        <source>&amp;Filter procedures</source>
        <translation>Verfahren &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="238" />
        <source>&amp;Accept</source>
        <translation>&amp;Anerkennen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="240" />
        <source>Accept the selected procedures and go to the next open one</source>
        <translation>Die gewählten Verfahren anerkennen und zum nächsten offenen gehen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="243" />
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="245" />
        <source>Reject the selected procedures with a reason</source>
        <translation>Die gewählten Verfahren mit Grund ablehnen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="248" />
        <source>Set back to &amp;open</source>
        <translation>Wieder auf &amp;offen setzen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="250" />
        <source>Set the selected procedures back to open</source>
        <translation>Die gewählten Verfahren wieder auf offen setzen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="253" />
        <source>Toggle criterion &amp;1</source>
        <translation>Kriterium &amp;1 umschalten</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="257" />
        <source>Toggle criterion &amp;2</source>
        <translation>Kriterium &amp;2 umschalten</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="261" />
        <source>Toggle criterion &amp;3</source>
        <translation>Kriterium &amp;3 umschalten</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="265" />
        <source>&amp;Note…</source>
        <translation>&amp;Notiz …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="267" />
        <source>Write a note on the current procedure</source>
        <translation>Eine Notiz zum aktuellen Verfahren schreiben</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="270" />
        <source>Next &amp;open procedure</source>
        <translation>Nächstes &amp;offenes Verfahren</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="274" />
        <source>Open &amp;link in browser</source>
        <translation>&amp;Link im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="278" />
        <source>&amp;Edit application…</source>
        <translation>Antrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="279" />
        <source>Reference, head of the authority, address</source>
        <translation>Aktenzeichen, Behördenspitze, Anschrift</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="282" />
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="286" />
        <source>Show only &amp;open</source>
        <translation>Nur &amp;offene zeigen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="291" />
        <source>&amp;About DigiAmt Desk</source>
        <translation>Ü&amp;ber DigiAmt Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="18" />
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="19" />
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="20" />
        <source>query sent</source>
        <translation>mit Rückfrage an die Kommune</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="21" />
        <source>awarded</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="22" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="23" />
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="27" />
        <source>Application {reference} ({name}) is {status} and read-only. Reopen it first: Application › Set status › In review.</source>
        <translation>Antrag {reference} ({name}) ist {status} und schreibgeschützt. Zuerst wieder öffnen: Antrag › Status setzen › In Prüfung.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="30" />
        <source>Application {reference} is already {status}. Reopen it (in review) before deciding again.</source>
        <translation>Antrag {reference} ist bereits {status}. Vor einer neuen Entscheidung wieder öffnen (In Prüfung).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="33" />
        <source>Cannot award: {counted} procedures counted, {threshold} needed ({missing} missing).</source>
        <translation>Auszeichnung nicht möglich: {counted} Verfahren gezählt, {threshold} nötig ({missing} fehlen).</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="36" />
        <source>The application is already {status}.</source>
        <translation>Der Antrag ist bereits {status}.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="37" />
        <source>An application cannot go back to “received”.</source>
        <translation>Ein Antrag kann nicht auf „eingegangen“ zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="39" />
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="40" />
        <source>A note can hold at most {limit} characters.</source>
        <translation>Eine Notiz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="41" />
        <source>Procedure(s) {ids} do not belong to this application.</source>
        <translation>Verfahren {ids} gehören nicht zu diesem Antrag.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="43" />
        <source>The criteria catalog has no criterion “{criterion}”.</source>
        <translation>Der Kriterienkatalog kennt kein Kriterium „{criterion}“.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="45" />
        <source>The application no longer exists.</source>
        <translation>Den Antrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="46" />
        <source>A procedure cannot be merged into itself.</source>
        <translation>Ein Verfahren kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="47" />
        <source>Procedure {procedure} is itself merged into {target}.</source>
        <translation>Verfahren {procedure} ist selbst mit {target} zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="49" />
        <source>Procedure {procedure} is already merged into {target}.</source>
        <translation>Verfahren {procedure} ist bereits mit {target} zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="51" />
        <source>Procedure {procedure} is not merged.</source>
        <translation>Verfahren {procedure} ist nicht zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="56" />
        <source>its link is an e-mail address: nothing can be sent online</source>
        <translation>der Link ist eine E-Mail-Adresse: online kann nichts gesendet werden</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="58" />
        <source>its link is no web address (http or https)</source>
        <translation>der Link ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="60" />
        <source>criterion “{criterion}” is recorded as not met</source>
        <translation>Kriterium „{criterion}“ ist als nicht erfüllt vermerkt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/messages.py" line="63" />
        <source>it is merged into procedure {procedure} as a duplicate; undo the merge first</source>
        <translation>es ist als Dublette mit Verfahren {procedure} zusammengeführt; zuerst die Zusammenführung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="114" />
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="115" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="170" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="116" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="169" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="117" />
        <source>LeiKa keys</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="118" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="168" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="119" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="120" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="121" />
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="122" />
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="123" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="171" />
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="124" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="172" />
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="125" />
        <source>Maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="128" />
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="129" />
        <source>redirected to another host</source>
        <translation>auf anderen Server umgeleitet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="130" />
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="131" />
        <source>refused (4xx)</source>
        <translation>abgewiesen (4xx)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="132" />
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="133" />
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="134" />
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="135" />
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="136" />
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="137" />
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="138" />
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="141" />
        <source>e-mail link</source>
        <translation>E-Mail-Link</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="142" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="143" />
        <source>document file</source>
        <translation>Dokumentdatei</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="144" />
        <source>no form</source>
        <translation>kein Formular</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="145" />
        <source>information portal</source>
        <translation>Informationsportal</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="146" />
        <source>online-service platform</source>
        <translation>Online-Dienst-Plattform</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="147" />
        <source>no hint</source>
        <translation>kein Hinweis</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="149" />
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="154" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="155" />
        <source>Accepted</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="156" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="159" />
        <source>municipal</source>
        <translation>kommunal</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="160" />
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="163" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="183" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="164" />
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="184" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="166" />
        <source>Not a web address</source>
        <translation>Keine Webadresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="175" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="177" />
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="178" />
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="179" />
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="180" />
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/procedure_model.py" line="185" />
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../digiamt_desk/ui/recent.py" line="52" />
        <source>No other database opened lately</source>
        <translation>Zuletzt keine andere Datenbank geöffnet</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/dialogs.py" line="136" />
        <source>Reject %n procedure(s)</source>
        <translation>
            <numerusform>%n Verfahren ablehnen</numerusform>
            <numerusform>%n Verfahren ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="150" />
        <source>Describe the other reason in the details.</source>
        <translation>Bitte den sonstigen Grund in den Details beschreiben.</translation>
    </message>
    <message>
        <location filename="../../forms/reject_dialog.ui" line="6" />
        <source>Reject procedures</source>
        <translation>Verfahren ablehnen</translation>
    </message>
    <message>
        <location filename="../../forms/reject_dialog.ui" line="12" />
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../../forms/reject_dialog.ui" line="14" />
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../../forms/reject_dialog.ui" line="15" />
        <source>optional free text, e.g. “only a PDF form”</source>
        <translation>optionaler Freitext, z. B. „nur PDF-Formular“</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="49" />
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="54" />
        <source>Choose the state to go back to. Everything entered after it is replaced; the current state is kept as a backup first, so the restore can be undone.</source>
        <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Alles, was danach eingegeben wurde, wird ersetzt; der jetzige Stand wird vorher gesichert, so dass sich die Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="63" />
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="63" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="63" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="82" />
        <source>There is no backup of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/backups.py" line="87" />
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="187" />
        <source>Blank paper (border and emblem printed)</source>
        <translation>Leeres Papier (Rahmen und Emblem werden gedruckt)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="188" />
        <source>Pre-printed certificate paper (text only)</source>
        <translation>Vorgedrucktes Urkundenpapier (nur Text)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="202" />
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="208" />
        <source>Template folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/dialogs.py" line="240" />
        <source>Enter your name: it is recorded with every change.</source>
        <translation>Bitte Ihren Namen eingeben: Er wird bei jeder Änderung festgehalten.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="11" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="14" />
        <source>Your name (for the history):</source>
        <translation>Ihr Name (für den Verlauf):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="16" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="27" />
        <source>Letters and certificate</source>
        <translation>Briefe und Urkunde</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="30" />
        <source>Authority (letterhead):</source>
        <translation>Behörde (Briefkopf):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="32" />
        <source>Unit:</source>
        <translation>Referat:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="34" />
        <source>Address (letterhead):</source>
        <translation>Anschrift (Briefkopf):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="36" />
        <source>Contact (name, phone, e-mail):</source>
        <translation>Kontakt (Name, Telefon, E-Mail):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="38" />
        <source>Town for the date:</source>
        <translation>Ort für das Datum:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="40" />
        <source>Signed by:</source>
        <translation>Unterzeichnet von:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="42" />
        <source>Office of the signatory:</source>
        <translation>Amt der unterzeichnenden Person:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="44" />
        <source>Own templates (folder):</source>
        <translation>Eigene Vorlagen (Ordner):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="45" />
        <source>the shipped templates</source>
        <translation>die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="46" />
        <source>Choose template folder…</source>
        <translation>Vorlagenordner wählen …</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="47" />
        <source>Certificate paper:</source>
        <translation>Urkundenpapier:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="49" />
        <source>Text positions (mm):</source>
        <translation>Textpositionen (mm):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="51" />
        <source>For pre-printed paper: BLOCK=X,Y,WIDTH in millimetres from the top left corner (X is the centre of the block), separated by semicolons; blocks: name, reason, place_date, signature.</source>
        <translation>Für vorgedrucktes Papier: BLOCK=X,Y,BREITE in Millimetern von der linken oberen Ecke (X ist die Mitte des Blocks), durch Semikolons getrennt; Blöcke: name, reason, place_date, signature.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="52" />
        <source>Signet shows the name of the authority and the year</source>
        <translation>Signet zeigt den Namen der Behörde und das Jahr</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="18" />
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="20" />
        <source>Choose output folder…</source>
        <translation>Ausgabeordner wählen …</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="21" />
        <source>Reference pattern:</source>
        <translation>Muster für Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="22" />
        <source>StMD-DA-{year}-{seq:04d}</source>
        <translation>StMD-DA-{year}-{seq:04d}</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="23" />
        <source>Fields: {year}, {seq} (counter, required), {ags}, {key}, {ars}. The pattern is stored in the database and applies to new applications.</source>
        <translation>Felder: {year}, {seq} (Zähler, Pflicht), {ags}, {key}, {ars}. Das Muster wird in der Datenbank gespeichert und gilt für neue Anträge.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="122" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="123" />
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="124" />
        <source>Query sent</source>
        <translation>Rückfrage an Kommune</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="125" />
        <source>Awarded</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="126" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="127" />
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="44" />
        <source>Welcome to DigiAmt Desk</source>
        <translation>Willkommen bei DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="48" />
        <source>&lt;h2&gt;Welcome to DigiAmt Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei DigiAmt Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="50" />
        <source>There is no database of cases on this computer yet. How would you like to begin?</source>
        <translation>Auf diesem Rechner gibt es noch keine Datenbank mit Vorgängen. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="56" />
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="57" />
        <source>Five fictional applications to try everything out (%1)</source>
        <translation>Fünf erfundene Anträge zum Ausprobieren (%1)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="61" />
        <source>Import a first application…</source>
        <translation>Ersten Antrag importieren …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="62" />
        <source>Start your database of cases (%1) with a municipality's list of online procedures</source>
        <translation>Die eigene Datenbank (%1) mit der Verfahrensliste einer Kommune beginnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="66" />
        <source>Open an existing database…</source>
        <translation>Vorhandene Datenbank öffnen …</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="67" />
        <source>A database file of DigiAmt Desk, for example from a colleague or a backup</source>
        <translation>Eine Datenbankdatei von DigiAmt Desk, etwa von einer Kollegin, einem Kollegen oder aus einer Sicherung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="72" />
        <source>Opened lately:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="101" />
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/welcome.py" line="102" />
        <source>DigiAmt databases (*.db);;All files (*)</source>
        <translation>DigiAmt-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>