<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2</source>
        <translation>Etwas ist schiefgegangen: %1

Einzelheiten stehen in %2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <source>This database is open read-only because it is damaged: nothing can be changed. Restore a backup (File › Restore from a backup).</source>
        <translation>Diese Datenbank ist beschädigt und nur lesbar geöffnet: Es kann nichts geändert werden. Stellen Sie eine Sicherung wieder her (Datei › Aus einer Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Note for the status “%1” (optional):</source>
        <translation>Notiz zum Status „%1“ (optional):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>DigiAmt databases (*.db);;All files (*)</source>
        <translation>DigiAmt-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About DigiAmt Desk</source>
        <translation>Über DigiAmt Desk</translation>
    </message>
    <message>
        <source>DigiAmt Desk %1

Review of applications for the award &quot;Digitales Amt&quot;.

Register of municipalities: %2</source>
        <translation>DigiAmt Desk %1

Prüfung von Anträgen auf die Auszeichnung „Digitales Amt“.

Gemeindeverzeichnis: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Edit application</source>
        <translation>Antrag bearbeiten</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>leave empty: drawn from the pattern</source>
        <translation>leer lassen: wird nach dem Muster vergeben</translation>
    </message>
    <message>
        <source>Choose the applicant from the register first.</source>
        <translation>Bitte zuerst den Antragsteller aus dem Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Name, AGS, ARS or key – e.g. Dinkelsbühl, 09571136, 096</source>
        <translation>Name, AGS, ARS oder Schlüssel – z. B. Dinkelsbühl, 09571136, 096</translation>
    </message>
    <message>
        <source>Register entry:</source>
        <translation>Eintrag im Verzeichnis:</translation>
    </message>
    <message>
        <source>Reference (Aktenzeichen):</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>drawn from the pattern in the settings</source>
        <translation>wird nach dem Muster in den Einstellungen vergeben</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Eingegangen am:</translation>
    </message>
    <message>
        <source>Title of the head:</source>
        <translation>Amtsbezeichnung der Spitze:</translation>
    </message>
    <message>
        <source>Name of the head:</source>
        <translation>Name der Spitze:</translation>
    </message>
    <message>
        <source>e.g. Dieter Reiter</source>
        <translation>z. B. Dieter Reiter</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>%1 Einwohner</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
</context>
<context>
    <name>Awarding</name>
    <message>
        <source>e-mail link</source>
        <translation>E-Mail-Link</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>document file</source>
        <translation>Dokumentdatei</translation>
    </message>
    <message>
        <source>no form with a submit button</source>
        <translation>kein Formular mit Senden-Knopf</translation>
    </message>
    <message>
        <source>information portal</source>
        <translation>Informationsportal</translation>
    </message>
    <message>
        <source>Counted: %1 of %2 needed.</source>
        <translation>Gezählt: %1 von %2 erforderlichen Verfahren.</translation>
    </message>
    <message>
        <source>Reported: %1, rejected: %2, not yet reviewed: %3.</source>
        <translation>Gemeldet: %1, abgelehnt: %2, noch nicht geprüft: %3.</translation>
    </message>
    <message>
        <source>Criteria version: %1.</source>
        <translation>Kriterien: Version %1.</translation>
    </message>
    <message>
        <source>Hints on counted procedures not looked at since they came up: %1</source>
        <translation>Hinweise zu gezählten Verfahren, die seither niemand angesehen hat: %1</translation>
    </message>
    <message>
        <source>link check: %1</source>
        <translation>Linkprüfung: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>No hints on counted procedures are waiting.</source>
        <translation>Zu den gezählten Verfahren stehen keine Hinweise offen.</translation>
    </message>
    <message>
        <source>The application becomes read-only; to change it later, reopen it (status “In review”).</source>
        <translation>Die Bewerbung ist danach schreibgeschützt; um sie später zu ändern, öffnen Sie sie wieder (Status „In Prüfung“).</translation>
    </message>
    <message>
        <source>Award “Digitales Amt”</source>
        <translation>Auszeichnung „Digitales Amt“</translation>
    </message>
    <message>
        <source>Award %1 (%2)?</source>
        <translation>%1 (%2) auszeichnen?</translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation>&amp;Auszeichnen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>damaged file, moved aside</source>
        <translation>beschädigte Datei, beiseitegelegt</translation>
    </message>
    <message>
        <source>before a register update</source>
        <translation>vor einer Aktualisierung des Verzeichnisses</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before a database upgrade</source>
        <translation>vor einer Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to the state of %1?</source>
        <translation>Zum Stand vom %1 zurückkehren?</translation>
    </message>
    <message>
        <source>What was entered after that is replaced. The current state is kept as a backup first.</source>
        <translation>Was danach eingegeben wurde, wird ersetzt. Der jetzige Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>another DigiAmt Desk</source>
        <translation>einem anderen DigiAmt Desk</translation>
    </message>
    <message>
        <source>DigiAmt Desk (process %1 on %2, since %3)</source>
        <translation>DigiAmt Desk (Prozess %1 auf %2, seit %3)</translation>
    </message>
    <message>
        <source>%1 is open in %2.

Close it there first: two programs changing the same cases would overwrite each other&apos;s work.</source>
        <translation>%1 ist in %2 geöffnet.

Bitte schließen Sie die Datenbank dort zuerst: Zwei Programme, die dieselben Vorgänge ändern, würden sich gegenseitig die Arbeit überschreiben.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird gerade verwendet</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Candidates for an invitation</source>
        <translation>Kandidaten für eine Einladung</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) whose screened list reaches the threshold and that have not applied.</source>
        <translation>
            <numerusform>%n Behörde, deren Liste aus der Vorprüfung die Schwelle erreicht und die sich noch nicht beworben hat.</numerusform>
            <numerusform>%n Behörden, deren Liste aus der Vorprüfung die Schwelle erreicht und die sich noch nicht beworben haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Regierungsbezirk</translation>
    </message>
    <message>
        <source>Landkreis</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Countable</source>
        <translation>Zählbar</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>In der Liste</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern …</translation>
    </message>
    <message>
        <source>Write &amp;invitations for the selection…</source>
        <translation>&amp;Einladungen für die Auswahl schreiben …</translation>
    </message>
    <message>
        <source>Save the candidates</source>
        <translation>Kandidaten speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
    <message>
        <source>Writing invitations…</source>
        <translation>Einladungen werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n Brief in %1 gespeichert</numerusform>
            <numerusform>%n Briefe in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no letters were written.</source>
        <translation>Abgebrochen: Es wurden keine Briefe geschrieben.</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>Check &amp;links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <source>Check the links of all procedures of this application (or of the selected ones): reachable, redirected, broken; hints of “information only”</source>
        <translation>Die Links aller Verfahren dieses Antrags (oder der ausgewählten) prüfen: erreichbar, umgeleitet, defekt; Hinweise auf „nur Information“</translation>
    </message>
    <message>
        <source>Check links of the &amp;selection</source>
        <translation>Links der &amp;Auswahl prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel the check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Dubletten…</translation>
    </message>
    <message>
        <source>Procedures that are probably the same under different links or titles</source>
        <translation>Verfahren, die wahrscheinlich dieselben sind, unter anderen Links oder Titeln</translation>
    </message>
    <message>
        <source>&amp;Accept all reachable procedures without hints</source>
        <translation>Alle erreichbaren Verfahren ohne Hinweis &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept every open procedure whose link works and that has no hint of “information only” (one step: Ctrl+Z undoes it)</source>
        <translation>Jedes offene Verfahren annehmen, dessen Link funktioniert und das keinen Hinweis auf „nur Information“ hat (ein Schritt: Strg+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation>Prüfe %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking links…</source>
        <translation>Links werden geprüft …</translation>
    </message>
    <message>
        <source>No network: the check stopped. Earlier results were kept.</source>
        <translation>Kein Netzwerk: Die Prüfung wurde beendet. Frühere Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 links checked: %2 reachable, %3 not reachable</source>
        <translation>%1 Links geprüft: %2 erreichbar, %3 nicht erreichbar</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No open procedure is reachable without hints (check the links first).</source>
        <translation>Kein offenes Verfahren ist ohne Hinweis erreichbar (zuerst die Links prüfen).</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) accepted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n Verfahren angenommen. Strg+Z macht es rückgängig.</numerusform>
            <numerusform>%n Verfahren angenommen. Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No network at the link check of %1: results may be old or missing; check again when online.</source>
        <translation>Kein Netz bei der Linkprüfung um %1: Ergebnisse können veraltet sein oder fehlen; erneut prüfen, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>No network at the last link check (%1): this result may be old.</source>
        <translation>Kein Netz bei der letzten Linkprüfung (%1): dieses Ergebnis kann veraltet sein.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>0 – offline</source>
        <translation>0 – offline</translation>
    </message>
    <message>
        <source>1 – information online</source>
        <translation>1 – Information online</translation>
    </message>
    <message>
        <source>2 – form online, no submission</source>
        <translation>2 – Formular online, keine Übermittlung</translation>
    </message>
    <message>
        <source>3 – online service</source>
        <translation>3 – Online-Dienst</translation>
    </message>
    <message>
        <source>4 – fully digital</source>
        <translation>4 – vollständig digital</translation>
    </message>
    <message>
        <source>The link is an e-mail address: nothing can be submitted online.</source>
        <translation>Der Link ist eine E-Mail-Adresse: online kann nichts abgesendet werden.</translation>
    </message>
    <message>
        <source>The link leads to a PDF file.</source>
        <translation>Der Link führt zu einer PDF-Datei.</translation>
    </message>
    <message>
        <source>The link leads to a document file (%1).</source>
        <translation>Der Link führt zu einer Dokumentdatei (%1).</translation>
    </message>
    <message>
        <source>No form with a submit button found on the page.</source>
        <translation>Auf der Seite wurde kein Formular mit Absende-Schaltfläche gefunden.</translation>
    </message>
    <message>
        <source>The page has forms (%1), but none with a submit button.</source>
        <translation>Die Seite hat Formulare (%1), aber keines mit Absende-Schaltfläche.</translation>
    </message>
    <message>
        <source>Information portal: %1.</source>
        <translation>Informationsportal: %1.</translation>
    </message>
    <message>
        <source>Known online-service platform: %1.</source>
        <translation>Bekannte Plattform für Online-Dienste: %1.</translation>
    </message>
    <message>
        <source>same address (scheme, www., tracking)</source>
        <translation>gleiche Adresse (Schema, www., Tracking)</translation>
    </message>
    <message>
        <source>both lead to the same page</source>
        <translation>beide führen zur selben Seite</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>gleicher Titel</translation>
    </message>
    <message>
        <source>nearly the same title</source>
        <translation>fast gleicher Titel</translation>
    </message>
    <message>
        <source>Automatic check</source>
        <translation>Automatische Prüfung</translation>
    </message>
    <message>
        <source>Not checked yet (Checks › Check links).</source>
        <translation>Noch nicht geprüft (Prüfungen › Links prüfen).</translation>
    </message>
    <message>
        <source>Maturity level (reviewer)</source>
        <translation>Reifegrad (Prüfer/in)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet bei</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Umleitungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Form with submit button</source>
        <translation>Formular mit Absende-Schaltfläche</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Estimated maturity</source>
        <translation>Geschätzter Reifegrad</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>DigiAmt Desk did not close properly last time (started %1).</source>
        <translation>DigiAmt Desk wurde beim letzten Mal nicht ordnungsgemäß beendet (gestartet %1).</translation>
    </message>
    <message>
        <source>Every decision is saved the moment it is made, so nothing you entered before is lost. Please send the log to the support if this happens again:</source>
        <translation>Jede Entscheidung wird sofort gespeichert, es ist also nichts verloren, was Sie vorher eingegeben haben. Wenn das wieder vorkommt, senden Sie bitte das Protokoll an den Support:</translation>
    </message>
    <message>
        <source>DigiAmt Desk was not closed properly</source>
        <translation>DigiAmt Desk wurde nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>%1 fails SQLite&apos;s integrity check. It was not changed.</source>
        <translation>%1 besteht die Integritätsprüfung von SQLite nicht. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <source>The newest sound backup is from %1. Restoring it keeps the damaged file in the backup folder.</source>
        <translation>Die neueste intakte Sicherung stammt vom %1. Beim Wiederherstellen bleibt die beschädigte Datei im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no sound backup of it.</source>
        <translation>Es gibt keine intakte Sicherung davon.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Creating the demo database …</source>
        <translation>Die Demo-Datenbank wird angelegt …</translation>
    </message>
    <message>
        <source>%1 is damaged where the cases are stored and cannot be read: %2

Restore a backup (File &gt; Restore from a backup) or ask the support to rescue it.</source>
        <translation>%1 ist an der Stelle beschädigt, an der die Vorgänge gespeichert sind, und kann nicht gelesen werden: %2

Stellen Sie eine Sicherung wieder her (Datei &gt; Aus einer Sicherung wiederherstellen) oder bitten Sie den Support, die Datei zu retten.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Another database is still being opened; try again once it is open.</source>
        <translation>Eine andere Datenbank wird noch geöffnet; versuchen Sie es erneut, sobald sie offen ist.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the state of %1; the former state is kept in %2</source>
        <translation>Stand vom %1 wiederhergestellt; der vorherige Stand ist in %2 gesichert</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>Keine Datenbank vorhanden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>kommunal</translation>
    </message>
    <message>
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <source>LeiKa keys</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Merged rows</source>
        <translation>Zusammengeführte Zeilen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>The source of this procedure is not stored.</source>
        <translation>Die Quelle dieses Verfahrens ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Set back to open</source>
        <translation>Wieder auf offen gesetzt</translation>
    </message>
    <message>
        <source>shared link (Checks › Shared links…)</source>
        <translation>gemeinsamer Link (Prüfungen › Gemeinsame Links…)</translation>
    </message>
    <message>
        <source>shared link, kept as one</source>
        <translation>gemeinsamer Link, als eines behalten</translation>
    </message>
    <message>
        <source>shared link, split</source>
        <translation>gemeinsamer Link, aufgeteilt</translation>
    </message>
    <message>
        <source>no online link found</source>
        <translation>kein Online-Link gefunden</translation>
    </message>
    <message>
        <source>appointment booking</source>
        <translation>Terminbuchung</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Merged as a duplicate</source>
        <translation>Als Dublette zusammengeführt</translation>
    </message>
    <message>
        <source>Merge ended</source>
        <translation>Zusammenführung aufgehoben</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Reason (text)</source>
        <translation>Grund (Text)</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt mit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiger</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>Writing documents…</source>
        <translation>Dokumente werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Writing the documents of %1 (%2 of %3)…</source>
        <translation>Dokumente für %1 werden geschrieben (%2 von %3) …</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Preparing the documents…</source>
        <translation>Die Dokumente werden erstellt …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 procedures counted, %4 needed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 Verfahren gezählt, %4 erforderlich</translation>
    </message>
    <message>
        <source>The documents cannot be made:
%1</source>
        <translation>Die Dokumente können nicht erstellt werden:
%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save all to the &amp;output folder</source>
        <translation>Alle im &amp;Ausgabeordner speichern</translation>
    </message>
    <message>
        <source>Open output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Characters no bundled font has are printed as their code, e.g. [U+1F415], in %1 procedure(s).</source>
        <translation>Zeichen, die keine mitgelieferte Schrift enthält, werden als ihr Code gedruckt, z. B. [U+1F415], in %1 Verfahren.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Award letter</source>
        <translation>Auszeichnungsschreiben</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Urkunde</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Rejection letter</source>
        <translation>Ablehnungsschreiben</translation>
    </message>
    <message>
        <source>Request for more</source>
        <translation>Bitte um Ergänzung</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Prüfvermerk</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vorschau und Druck …</translation>
    </message>
    <message>
        <source>&amp;Write the documents of this application</source>
        <translation>Dokumente dieses Antrags &amp;schreiben</translation>
    </message>
    <message>
        <source>Write the documents of &amp;all decided applications…</source>
        <translation>Dokumente &amp;aller entschiedenen Anträge schreiben …</translation>
    </message>
    <message>
        <source>Open the output &amp;folder</source>
        <translation>Ausgabe&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>No application is decided yet (awarded or rejected).</source>
        <translation>Noch kein Antrag ist entschieden (ausgezeichnet oder abgelehnt).</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Ordner für die Dokumente</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>%1 file(s) for %2 application(s) written to %3.</source>
        <translation>%1 Datei(en) für %2 Antrag/Anträge in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining applications were left out.</source>
        <translation>Abgebrochen: Die übrigen Anträge wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Nicht geschrieben:</translation>
    </message>
    <message>
        <source>Write the &amp;review record for the file</source>
        <translation>&amp;Prüfvermerk für die Akte schreiben</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Searching for duplicates…</source>
        <translation>Dubletten werden gesucht …</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the &amp;other way</source>
        <translation>&amp;Umgekehrt zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht dasselbe</translation>
    </message>
    <message>
        <source>Merged (each counts once):</source>
        <translation>Zusammengeführt (jedes zählt einmal):</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation>Zusammenführung &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Export the review…</source>
        <translation>Prüfung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the selected procedures…</source>
        <translation>Ausgewählte Verfahren exportieren…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The single keys act in the procedure table.</source>
        <translation>Die einzelnen Tasten wirken in der Verfahrenstabelle.</translation>
    </message>
    <message>
        <source>manual_en.html</source>
        <translation>manual_de.html</translation>
    </message>
    <message>
        <source>DigiAmt Desk help</source>
        <translation>Hilfe zu DigiAmt Desk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>LeiKa key</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>OZG dashboard export (CSV)</source>
        <translation>Export des OZG-Dashboards (CSV)</translation>
    </message>
    <message>
        <source>OZG dashboard export (XLSX)</source>
        <translation>Export des OZG-Dashboards (XLSX)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XZuFi (XML)</source>
        <translation>XZuFi (XML)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Choose the applicant from the list, or type its key (ARS, AGS).</source>
        <translation>Antragsteller aus der Liste wählen oder den Schlüssel (ARS, AGS) eingeben.</translation>
    </message>
    <message>
        <source>The file names %1; the procedures go to the applicant chosen above.</source>
        <translation>Die Datei nennt %1; die Verfahren gehen an den oben gewählten Antragsteller.</translation>
    </message>
    <message>
        <source>Applicant named by the file: %1</source>
        <translation>In der Datei genannter Antragsteller: %1</translation>
    </message>
    <message>
        <source>Choose the applicant above.</source>
        <translation>Bitte oben den Antragsteller wählen.</translation>
    </message>
    <message>
        <source>The file names no applicant (it has no ARS column).</source>
        <translation>Die Datei nennt keinen Antragsteller (sie hat keine ARS-Spalte).</translation>
    </message>
    <message>
        <source>Procedure lists (*.csv *.tsv *.txt *.xlsx *.json *.xml)</source>
        <translation>Verfahrenslisten (*.csv *.tsv *.txt *.xlsx *.json *.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>XZuFi files (*.xml)</source>
        <translation>XZuFi-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a procedure list</source>
        <translation>Verfahrensliste wählen</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the rows again …</source>
        <translation>Die Zeilen werden neu gelesen …</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Skipped rows and warnings</source>
        <translation>Übersprungene Zeilen und Hinweise</translation>
    </message>
    <message>
        <source>Leave it empty if the file names the applicant (in an ARS column).</source>
        <translation>Leer lassen, wenn die Datei den Antragsteller nennt (in einer ARS-Spalte).</translation>
    </message>
    <message>
        <source>Correct the source and press Read again, or choose another file.</source>
        <translation>Die Quelle berichtigen und erneut „Lesen“ drücken oder eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>Choose other columns, or correct the source and press Read again.</source>
        <translation>Andere Spalten wählen oder die Quelle berichtigen und erneut „Lesen“ drücken.</translation>
    </message>
    <message>
        <source>Rows (first %1 of %2)</source>
        <translation>Zeilen (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>Skipped rows and warnings (%1)</source>
        <translation>Übersprungene Zeilen und Hinweise (%1)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Rows to import: %1</source>
        <translation>Zu importierende Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Imported into application %1: %2 (ARS %3)</source>
        <translation>In Antrag %1 importiert: %2 (ARS %3)</translation>
    </message>
    <message>
        <source>The application was created by this import.</source>
        <translation>Der Antrag wurde mit diesem Import angelegt.</translation>
    </message>
    <message>
        <source>Skipped rows, warnings and merged duplicates:</source>
        <translation>Übersprungene Zeilen, Hinweise und zusammengeführte Doppelungen:</translation>
    </message>
    <message>
        <source>No row was skipped, merged or changed on the way in.</source>
        <translation>Keine Zeile wurde übersprungen, zusammengeführt oder beim Einlesen verändert.</translation>
    </message>
    <message>
        <source>Reading the rows …</source>
        <translation>Die Zeilen werden gelesen …</translation>
    </message>
    <message>
        <source>Storing procedures: %1 of %2</source>
        <translation>Verfahren werden gespeichert: %1 von %2</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2. The details are in the log.</source>
        <translation>Unerwarteter Fehler (%1): %2. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading … (a web address may take a while; Cancel stops waiting)</source>
        <translation>Wird gelesen … (eine Webadresse kann dauern; „Abbrechen“ beendet das Warten)</translation>
    </message>
    <message>
        <source>Import procedure list</source>
        <translation>Verfahrensliste importieren</translation>
    </message>
    <message>
        <source>&amp;File or web address:</source>
        <translation>&amp;Datei oder Webadresse:</translation>
    </message>
    <message>
        <source>A file path, or a web address starting with https://</source>
        <translation>Ein Dateipfad oder eine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Antragsteller:</translation>
    </message>
    <message>
        <source>Name or key of the municipality, VG, Landkreis or Bezirk</source>
        <translation>Name oder Schlüssel der Gemeinde, VG, des Landkreises oder Bezirks</translation>
    </message>
    <message>
        <source>Choose a file (CSV, Excel, JSON or XZuFi XML) or enter a web address, then press Read. You will see the rows and the detected columns before anything is stored.</source>
        <translation>Eine Datei (CSV, Excel, JSON oder XZuFi-XML) wählen oder eine Webadresse eingeben, dann „Lesen“. Sie sehen die Zeilen und die erkannten Spalten, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Columns (change them if a column was not recognised)</source>
        <translation>Spalten (ändern, falls eine Spalte nicht erkannt wurde)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Lei&amp;Ka key:</source>
        <translation>Lei&amp;Ka-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>A&amp;RS:</source>
        <translation>A&amp;RS:</translation>
    </message>
    <message>
        <source>&amp;OZG-ID:</source>
        <translation>&amp;OZG-ID:</translation>
    </message>
    <message>
        <source>The table shows the rows as they are in the source; the columns in use are marked with the field they fill.</source>
        <translation>Die Tabelle zeigt die Zeilen so, wie sie in der Quelle stehen; genutzte Spalten sind mit dem Feld markiert, das sie füllen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <source>Duplicates merged:</source>
        <translation>Zusammengeführte Doppelungen:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Links that are no web address:</source>
        <translation>Links, die keine Webadresse sind:</translation>
    </message>
    <message>
        <source>Procedures missing from this source:</source>
        <translation>In dieser Quelle fehlende Verfahren:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>City service database (JSON)</source>
        <translation>Dienstleistungsdatenbank einer Stadt (JSON)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Shared link</source>
        <translation>Gemeinsamer Link</translation>
    </message>
    <message>
        <source>same link as row %1; merged into it</source>
        <translation>gleicher Link wie Zeile %1; mit ihr zusammengeführt</translation>
    </message>
    <message>
        <source>shared link: %1 rows with other titles or LeiKa keys count once (%2)</source>
        <translation>gemeinsamer Link: %1 Zeilen mit anderen Bezeichnungen oder LeiKa-Schlüsseln zählen einmal (%2)</translation>
    </message>
    <message>
        <source>Screening: %1 rows read for %2 authorities (%3 new screening applications; no received application was changed).</source>
        <translation>Vorprüfung: %1 Zeilen für %2 Behörden gelesen (%3 neue Vorprüfungen; kein eingegangener Antrag wurde verändert).</translation>
    </message>
    <message>
        <source>Warning: %1 rows name an ARS that is not in the register: %2</source>
        <translation>Achtung: %1 Zeilen nennen einen ARS, der nicht im Verzeichnis steht: %2</translation>
    </message>
    <message>
        <source>Left alone (an application is under review): %1</source>
        <translation>Nicht verändert (ein Antrag ist in Prüfung): %1</translation>
    </message>
    <message>
        <source>%1 rows, %2 added, %3 shared links</source>
        <translation>%1 Zeilen, %2 neu, %3 gemeinsame Links</translation>
    </message>
    <message>
        <source>Per authority:</source>
        <translation>Je Behörde:</translation>
    </message>
    <message>
        <source>The file has no header row; its columns were chosen by number (title: %1, link: %2). Check them below.</source>
        <translation>Die Datei hat keine Kopfzeile; ihre Spalten wurden nach der Nummer gewählt (Bezeichnung: %1, Link: %2). Bitte unten prüfen.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <source>Warning: %1 rows with %2 different titles share one link and count once: %3</source>
        <translation>Achtung: %1 Zeilen mit %2 verschiedenen Bezeichnungen teilen sich einen Link und zählen einmal: %3</translation>
    </message>
    <message>
        <source>%1 procedures have no online link (their service page was taken; they count only when decided).</source>
        <translation>%1 Verfahren haben keinen Online-Link (ihre Leistungsseite wurde übernommen; sie zählen erst nach einer Entscheidung).</translation>
    </message>
    <message>
        <source>&amp;Base address:</source>
        <translation>&amp;Basisadresse:</translation>
    </message>
    <message>
        <source>For relative links such as /antrag/…: the portal&apos;s address, e.g. https://www.stadt.de/</source>
        <translation>Für relative Links wie /antrag/…: die Adresse des Portals, z. B. https://www.stadt.de/</translation>
    </message>
    <message>
        <source>Links in the list that start with / are completed with this address. A list read from a web address uses that address unless one is given here.</source>
        <translation>Links der Liste, die mit / beginnen, werden mit dieser Adresse ergänzt. Eine von einer Webadresse gelesene Liste nutzt diese Adresse, wenn hier keine angegeben ist.</translation>
    </message>
    <message>
        <source>&amp;Whole Land: each authority of the file into its own screening application</source>
        <translation>&amp;Ganzes Land: jede Behörde der Datei in ihre eigene Vorprüfung</translation>
    </message>
    <message>
        <source>For a Land-wide dashboard export: the rows of every authority in the ARS column go into that authority&apos;s screening application (created where missing; not a received application).</source>
        <translation>Für einen landesweiten Dashboard-Export: Die Zeilen jeder Behörde der ARS-Spalte gehen in deren Vorprüfung (wird angelegt, wo sie fehlt; kein eingegangener Antrag).</translation>
    </message>
    <message>
        <source>Rows read (= the five below):</source>
        <translation>Gelesene Zeilen (= die fünf darunter):</translation>
    </message>
    <message>
        <source>Every row with data: added + updated + unchanged + merged (same link) + skipped</source>
        <translation>Jede Zeile mit Daten: neu + aktualisiert + unverändert + zusammengeführt (gleicher Link) + übersprungen</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket); choose a saved file or an http(s) address</source>
        <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); wählen Sie eine gespeicherte Datei oder eine http(s)-Adresse</translation>
    </message>
    <message>
        <source>cannot be opened (no permission, or open in another program such as Excel?)</source>
        <translation>kann nicht geöffnet werden (keine Berechtigung, oder in einem anderen Programm wie Excel geöffnet?)</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>ist größer als {limit} MB</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls); save it in Excel as .xlsx or CSV</source>
        <translation>ist eine alte Excel-Arbeitsmappe (.xls); speichern Sie sie in Excel als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>is a web page (HTML), not a list of procedures; a login page or an error page?</source>
        <translation>ist eine Webseite (HTML), keine Liste von Verfahren; eine Anmelde- oder Fehlerseite?</translation>
    </message>
    <message>
        <source>is not a text file (binary data in line {line}, byte {byte}); expected CSV, Excel (.xlsx), JSON or XML</source>
        <translation>ist keine Textdatei (Binärdaten in Zeile {line}, Byte {byte}); erwartet wird CSV, Excel (.xlsx), JSON oder XML</translation>
    </message>
    <message>
        <source>cannot be read as UTF-8 or Windows-1252 (first bad byte {byte} in line {line}); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation>kann weder als UTF-8 noch als Windows-1252 gelesen werden (erstes ungültiges Byte {byte} in Zeile {line}); speichern Sie sie in Excel als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>is marked as UTF-8 (it starts with a byte order mark) but byte {byte} at position {offset} (line {line}) is not UTF-8; save it again as &apos;CSV UTF-8&apos;</source>
        <translation>ist als UTF-8 gekennzeichnet (sie beginnt mit einer Byte-Reihenfolge-Markierung), aber Byte {byte} an Position {offset} (Zeile {line}) ist kein UTF-8; speichern Sie sie erneut als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>has no header row: its first row already holds data. Choose the columns by number below (e.g. title = column {title_column}, link = column {url_column}).</source>
        <translation>hat keine Kopfzeile: schon die erste Zeile enthält Daten. Wählen Sie unten die Spalten nach ihrer Nummer (z. B. Bezeichnung = column {title_column}, Link = column {url_column}).</translation>
    </message>
    <message>
        <source>the file has no header row; choose the column of the title and of the link</source>
        <translation>die Datei hat keine Kopfzeile; wählen Sie die Spalte der Bezeichnung und die des Links</translation>
    </message>
    <message>
        <source>no column for the title (Bezeichnung) was found; choose it below</source>
        <translation>keine Spalte für die Bezeichnung gefunden; wählen Sie sie unten aus</translation>
    </message>
    <message>
        <source>no column for the link (Link/URL) was found; choose it below</source>
        <translation>keine Spalte für den Link (Link/URL) gefunden; wählen Sie sie unten aus</translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos; chosen is not in the file</source>
        <translation>die gewählte Spalte „{column}“ ist nicht in der Datei</translation>
    </message>
    <message>
        <source>has a header but no data rows</source>
        <translation>hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>no row has a link in the column &apos;{column}&apos; ({count} rows without a link)</source>
        <translation>keine Zeile hat einen Link in der Spalte „{column}“ ({count} Zeilen ohne Link)</translation>
    </message>
    <message>
        <source>no row could be imported</source>
        <translation>keine Zeile konnte importiert werden</translation>
    </message>
    <message>
        <source>a cell is longer than {limit} characters (an unclosed quotation mark?)</source>
        <translation>eine Zelle ist länger als {limit} Zeichen (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a 12-digit ARS (Amtlicher Regionalschlüssel)</source>
        <translation>„{value}“ ist kein zwölfstelliger ARS (Amtlicher Regionalschlüssel)</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason}, line {line}, column {column})</source>
        <translation>ist kein gültiges JSON ({reason}, Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>holds a number of {digits} digits (line {line}); no list of procedures has such values</source>
        <translation>enthält eine Zahl mit {digits} Ziffern (Zeile {line}); keine Liste von Verfahren hat solche Werte</translation>
    </message>
    <message>
        <source>holds the number {value}, too large to hold (line {line})</source>
        <translation>enthält die Zahl {value}, die zu groß ist (Zeile {line})</translation>
    </message>
    <message>
        <source>holds &apos;{value}&apos;, which is not a number JSON allows (line {line})</source>
        <translation>enthält „{value}“, keine in JSON zulässige Zahl (Zeile {line})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a list of procedures</source>
        <translation>ist zu tief verschachtelt, um eine Liste von Verfahren zu sein</translation>
    </message>
    <message>
        <source>holds no list of procedures (expected an array, or an object with one of: {keys})</source>
        <translation>enthält keine Liste von Verfahren (erwartet wird ein Array oder ein Objekt mit einem von: {keys})</translation>
    </message>
    <message>
        <source>has an empty list of procedures</source>
        <translation>hat eine leere Liste von Verfahren</translation>
    </message>
    <message>
        <source>no record of the service database has a usable link</source>
        <translation>kein Eintrag der Dienstleistungsdatenbank hat einen verwendbaren Link</translation>
    </message>
    <message>
        <source>is not a readable Excel workbook (damaged or truncated?)</source>
        <translation>ist keine lesbare Excel-Arbeitsmappe (beschädigt oder abgeschnitten?)</translation>
    </message>
    <message>
        <source>is a ZIP archive but no Excel workbook (.xlsx); unpack it or export the list again</source>
        <translation>ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx); entpacken Sie es oder exportieren Sie die Liste erneut</translation>
    </message>
    <message>
        <source>is refused: it would unpack to {megabytes} MB (more than {limit} MB); a list of procedures is far smaller. Is it the right file?</source>
        <translation>wird abgelehnt: sie würde entpackt {megabytes} MB groß (mehr als {limit} MB); eine Liste von Verfahren ist weit kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>has {parts} parts; a workbook has a few dozen</source>
        <translation>hat {parts} Teile; eine Arbeitsmappe hat einige Dutzend</translation>
    </message>
    <message>
        <source>is refused: the XML declares entities or a DTD</source>
        <translation>wird abgelehnt: das XML deklariert Entitäten oder eine DTD</translation>
    </message>
    <message>
        <source>is not well-formed XML ({reason}, line {line}, column {column})</source>
        <translation>ist kein wohlgeformtes XML ({reason}, Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>is XML (root element &apos;{root}&apos;) but has no onlinedienst elements; expected XZuFi 2.2</source>
        <translation>ist XML (Wurzelelement „{root}“), hat aber keine onlinedienst-Elemente; erwartet wird XZuFi 2.2</translation>
    </message>
    <message>
        <source>no onlinedienst has a link ({count} without a link)</source>
        <translation>kein Onlinedienst hat einen Link ({count} ohne Link)</translation>
    </message>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>the source names {count} authorities ({keys}) that are not one above the other; choose the applicant</source>
        <translation>die Quelle nennt {count} Behörden ({keys}), die nicht übereinander liegen; wählen Sie den Antragsteller</translation>
    </message>
    <message>
        <source>the source names no municipality (no ARS column); choose the applicant</source>
        <translation>die Quelle nennt keine Kommune (keine ARS-Spalte); wählen Sie den Antragsteller</translation>
    </message>
    <message>
        <source>ARS {ars} is no Bavarian authority in the register</source>
        <translation>ARS {ars} ist keine bayerische Behörde im Verzeichnis</translation>
    </message>
    <message>
        <source>could not be stored: the database refused it ({reason})</source>
        <translation>konnte nicht gespeichert werden: die Datenbank hat es abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>no link: not an online procedure</source>
        <translation>kein Link: kein Online-Verfahren</translation>
    </message>
    <message>
        <source>inactive in the dashboard (aktiv = nein)</source>
        <translation>im Dashboard inaktiv (aktiv = nein)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>the link &apos;{url}&apos; is relative and no base address was given; it was not used</source>
        <translation>der Link „{url}“ ist relativ und es wurde keine Basisadresse angegeben; er wurde nicht verwendet</translation>
    </message>
    <message>
        <source>only helper documents (data protection, forms to print, ...), no online link</source>
        <translation>nur Begleitdokumente (Datenschutz, Formulare zum Ausdrucken, …), kein Online-Link</translation>
    </message>
    <message>
        <source>no usable link (see the warnings of this row)</source>
        <translation>kein verwendbarer Link (siehe die Hinweise zu dieser Zeile)</translation>
    </message>
    <message>
        <source>the link &apos;{url}&apos; holds the placeholder {{{placeholder}}}, which the record does not fill; it was not used</source>
        <translation>der Link „{url}“ enthält den Platzhalter {{{placeholder}}}, den der Eintrag nicht füllt; er wurde nicht verwendet</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no scheme; taken as {url}</source>
        <translation>„{value}“ hat kein Schema; übernommen als {url}</translation>
    </message>
    <message>
        <source>the cell holds several links; the first web link was taken: {url}</source>
        <translation>die Zelle enthält mehrere Links; der erste Web-Link wurde übernommen: {url}</translation>
    </message>
    <message>
        <source>of {count} links the one in &apos;{column}&apos; was taken ({rule})</source>
        <translation>von {count} Links wurde der in „{column}“ übernommen ({rule})</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>keine Bezeichnung</translation>
    </message>
    <message>
        <source>control characters (such as terminal escape codes) were removed from the title</source>
        <translation>Steuerzeichen (etwa Terminal-Steuersequenzen) wurden aus der Bezeichnung entfernt</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a LeiKa key (14 digits, or Excel shortened it); it was dropped</source>
        <translation>„{value}“ ist kein LeiKa-Schlüssel (14 Ziffern, oder von Excel gekürzt); er wurde verworfen</translation>
    </message>
    <message>
        <source>provider &apos;{value}&apos; not recognised (expected kommunal or zentral); left unknown, also in later rows with this text</source>
        <translation>Anbieter „{value}“ nicht erkannt (erwartet: kommunal oder zentral); bleibt unbekannt, auch in späteren Zeilen mit diesem Text</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an OZG-ID (a whole number); it was dropped</source>
        <translation>„{value}“ ist keine OZG-ID (eine ganze Zahl); sie wurde verworfen</translation>
    </message>
    <message>
        <source>the file is UTF-8 but {count} byte(s) are not (the first, {byte}, at position {offset}); they show as &apos;�&apos;</source>
        <translation>die Datei ist UTF-8, aber {count} Byte(s) nicht (das erste, {byte}, an Position {offset}); sie erscheinen als „�“</translation>
    </message>
    <message>
        <source>{count} rows with different titles share this link and count once</source>
        <translation>{count} Zeilen mit verschiedenen Bezeichnungen teilen sich diesen Link und zählen einmal</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>DigiAmt Desk – opening %1 …</source>
        <translation>DigiAmt Desk – Datenbank %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening the database %1 …</source>
        <translation>Die Datenbank %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Toggle: %1</source>
        <translation>Umschalten: %1</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Reading the procedures of %1 …</source>
        <translation>Die Verfahren von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>DigiAmt Desk</source>
        <translation>DigiAmt Desk</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>Gezählt:</translation>
    </message>
    <message>
        <source>No applications yet: File › Import procedure list… or File › New application…</source>
        <translation>Noch keine Anträge: Datei › Verfahrensliste importieren … oder Datei › Neuer Antrag …</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by title, link or note…</source>
        <translation>Nach Bezeichnung, Link oder Notiz filtern …</translation>
    </message>
    <message>
        <source>Only open</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Note (saved as you type):</source>
        <translation>Notiz (wird beim Schreiben gespeichert):</translation>
    </message>
    <message>
        <source>Note on this procedure</source>
        <translation>Notiz zu diesem Verfahren</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Quellzeile</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Antrag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neuer Antrag …</translation>
    </message>
    <message>
        <source>Create an application for an authority of the register</source>
        <translation>Einen Antrag für eine Behörde aus dem Verzeichnis anlegen</translation>
    </message>
    <message>
        <source>&amp;Import procedure list…</source>
        <translation>Verfahrensliste &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a file or URL with the procedures of an application</source>
        <translation>Eine Datei oder URL mit den Verfahren eines Antrags importieren</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last review change of this application</source>
        <translation>Die letzte Prüfänderung dieses Antrags rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Filter procedures</source>
        <translation>Verfahren &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Anerkennen</translation>
    </message>
    <message>
        <source>Accept the selected procedures and go to the next open one</source>
        <translation>Die gewählten Verfahren anerkennen und zum nächsten offenen gehen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen …</translation>
    </message>
    <message>
        <source>Reject the selected procedures with a reason</source>
        <translation>Die gewählten Verfahren mit Grund ablehnen</translation>
    </message>
    <message>
        <source>Set back to &amp;open</source>
        <translation>Wieder auf &amp;offen setzen</translation>
    </message>
    <message>
        <source>Set the selected procedures back to open</source>
        <translation>Die gewählten Verfahren wieder auf offen setzen</translation>
    </message>
    <message>
        <source>Toggle criterion &amp;1</source>
        <translation>Kriterium &amp;1 umschalten</translation>
    </message>
    <message>
        <source>Toggle criterion &amp;2</source>
        <translation>Kriterium &amp;2 umschalten</translation>
    </message>
    <message>
        <source>Toggle criterion &amp;3</source>
        <translation>Kriterium &amp;3 umschalten</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz …</translation>
    </message>
    <message>
        <source>Write a note on the current procedure</source>
        <translation>Eine Notiz zum aktuellen Verfahren schreiben</translation>
    </message>
    <message>
        <source>Next &amp;open procedure</source>
        <translation>Nächstes &amp;offenes Verfahren</translation>
    </message>
    <message>
        <source>Open &amp;link in browser</source>
        <translation>&amp;Link im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>Antrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Reference, head of the authority, address</source>
        <translation>Aktenzeichen, Behördenspitze, Anschrift</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Show only &amp;open</source>
        <translation>Nur &amp;offene zeigen</translation>
    </message>
    <message>
        <source>&amp;About DigiAmt Desk</source>
        <translation>Ü&amp;ber DigiAmt Desk</translation>
    </message>
    <message>
        <source>The history records your changes as %1.</source>
        <translation>Der Verlauf vermerkt Ihre Änderungen als %1.</translation>
    </message>
    <message>
        <source>This application has no procedures yet. Import its list: File › Import procedure list… (Ctrl+I), or drop the file on the window.</source>
        <translation>Dieser Antrag hat noch keine Verfahren. Importieren Sie seine Liste: Datei › Verfahrensliste importieren … (Strg+I), oder ziehen Sie die Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected procedures as tab-separated rows with a header (for Excel)</source>
        <translation>Die gewählten Verfahren als Zeilen mit Tabulatoren und Kopfzeile kopieren (für Excel)</translation>
    </message>
    <message>
        <source>DigiAmt Desk &amp;help</source>
        <translation>&amp;Hilfe zu DigiAmt Desk</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>query sent</source>
        <translation>mit Rückfrage an die Kommune</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Application {reference} ({name}) is {status} and read-only. Reopen it first: Application › Set status › In review.</source>
        <translation>Antrag {reference} ({name}) ist {status} und schreibgeschützt. Zuerst wieder öffnen: Antrag › Status setzen › In Prüfung.</translation>
    </message>
    <message>
        <source>Application {reference} is already {status}. Reopen it (in review) before deciding again.</source>
        <translation>Antrag {reference} ist bereits {status}. Vor einer neuen Entscheidung wieder öffnen (In Prüfung).</translation>
    </message>
    <message>
        <source>Cannot award: {counted} procedures counted, {threshold} needed ({missing} missing).</source>
        <translation>Auszeichnung nicht möglich: {counted} Verfahren gezählt, {threshold} nötig ({missing} fehlen).</translation>
    </message>
    <message>
        <source>The application is already {status}.</source>
        <translation>Der Antrag ist bereits {status}.</translation>
    </message>
    <message>
        <source>An application cannot go back to “received”.</source>
        <translation>Ein Antrag kann nicht auf „eingegangen“ zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung braucht einen Grund.</translation>
    </message>
    <message>
        <source>A note can hold at most {limit} characters.</source>
        <translation>Eine Notiz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Procedure(s) {ids} do not belong to this application.</source>
        <translation>Verfahren {ids} gehören nicht zu diesem Antrag.</translation>
    </message>
    <message>
        <source>The criteria catalog has no criterion “{criterion}”.</source>
        <translation>Der Kriterienkatalog kennt kein Kriterium „{criterion}“.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Den Antrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A procedure cannot be merged into itself.</source>
        <translation>Ein Verfahren kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Procedure {procedure} is itself merged into {target}.</source>
        <translation>Verfahren {procedure} ist selbst mit {target} zusammengeführt.</translation>
    </message>
    <message>
        <source>Procedure {procedure} is already merged into {target}.</source>
        <translation>Verfahren {procedure} ist bereits mit {target} zusammengeführt.</translation>
    </message>
    <message>
        <source>Procedure {procedure} is not merged.</source>
        <translation>Verfahren {procedure} ist nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>its link is an e-mail address: nothing can be sent online</source>
        <translation>der Link ist eine E-Mail-Adresse: online kann nichts gesendet werden</translation>
    </message>
    <message>
        <source>its link is no web address (http or https)</source>
        <translation>der Link ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>it is merged into procedure {procedure} as a duplicate; undo the merge first</source>
        <translation>es ist als Dublette mit Verfahren {procedure} zusammengeführt; zuerst die Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>anerkannt</translation>
    </message>
    <message>
        <source>Procedure {id} was changed meanwhile by {by}: it is now “{decision}”. Nothing was written; look at it again.</source>
        <translation>Verfahren {id} wurde inzwischen von {by} geändert: Es ist jetzt „{decision}“. Nichts wurde gespeichert; bitte sehen Sie es sich noch einmal an.</translation>
    </message>
    <message>
        <source>Application {reference} is checked out for offline work by {by} ({target}); it can be changed when it is checked in.</source>
        <translation>Der Antrag {reference} ist von {by} zur Offline-Arbeit mitgenommen ({target}); er kann geändert werden, sobald er zurückgebracht ist.</translation>
    </message>
    <message>
        <source>Application {reference} is assigned to {assignee}; only the assignee decides it.</source>
        <translation>Der Antrag {reference} ist {assignee} zugewiesen; entscheiden darf ihn nur die zugewiesene Person.</translation>
    </message>
    <message>
        <source>Application {reference} is {status}; only an approver or administrator may reopen it.</source>
        <translation>Der Antrag {reference} ist {status}; wieder öffnen dürfen ihn nur Mitzeichnende und die Administration.</translation>
    </message>
    <message>
        <source>{login} has no approver role; an approver approves.</source>
        <translation>{login} hat keine Mitzeichnungsrolle; mitzeichnen darf nur, wer diese Rolle hat.</translation>
    </message>
    <message>
        <source>Four eyes: {by} made this decision and cannot approve it; a second person approves.</source>
        <translation>Vier Augen: {by} hat diese Entscheidung getroffen und kann sie nicht mitzeichnen; eine zweite Person zeichnet mit.</translation>
    </message>
    <message>
        <source>The decision is approved already.</source>
        <translation>Die Entscheidung ist bereits mitgezeichnet.</translation>
    </message>
    <message>
        <source>The application has no final decision (awarded or rejected) to approve.</source>
        <translation>Der Antrag hat keine abschließende Entscheidung (ausgezeichnet oder abgelehnt), die mitgezeichnet werden könnte.</translation>
    </message>
    <message>
        <source>The decision ({status}, by {by}) awaits approval by a second person; documents for signature come after it.</source>
        <translation>Die Entscheidung ({status}, von {by}) wartet auf die Mitzeichnung durch eine zweite Person; Schriftstücke zur Unterschrift gibt es erst danach.</translation>
    </message>
    <message>
        <source>Application {reference} is assigned to {assignee} already.</source>
        <translation>Der Antrag {reference} ist bereits {assignee} zugewiesen.</translation>
    </message>
    <message>
        <source>The checkout of this file has ended already (by {by}); changes made since stay in the file and were not taken.</source>
        <translation>Die Mitnahme dieser Datei ist bereits beendet (von {by}); seither gemachte Änderungen bleiben in der Datei und wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>The file was checked out by {by}; they check it in.</source>
        <translation>Die Datei wurde von {by} mitgenommen; zurückbringen kann sie nur diese Person.</translation>
    </message>
    <message>
        <source>Only an administrator ends a checkout without its changes.</source>
        <translation>Nur die Administration kann eine Mitnahme ohne ihre Änderungen beenden.</translation>
    </message>
    <message>
        <source>criterion “{label}” is recorded as not met</source>
        <translation>Kriterium „{label}“ ist als nicht erfüllt vermerkt</translation>
    </message>
    <message>
        <source>accept {target}</source>
        <translation>Anerkennung von {target}</translation>
    </message>
    <message>
        <source>reject {target}</source>
        <translation>Ablehnung von {target}</translation>
    </message>
    <message>
        <source>reopen {target}</source>
        <translation>Wiederöffnen von {target}</translation>
    </message>
    <message>
        <source>criterion “{criterion}” of {target}</source>
        <translation>Kriterium „{criterion}“ zu {target}</translation>
    </message>
    <message>
        <source>note on {target}</source>
        <translation>Notiz zu {target}</translation>
    </message>
    <message>
        <source>merge of {target}</source>
        <translation>Zusammenführung von {target}</translation>
    </message>
    <message>
        <source>end of the merge of {target}</source>
        <translation>Aufheben der Zusammenführung von {target}</translation>
    </message>
    <message>
        <source>change of {target}</source>
        <translation>Änderung an {target}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Rückgängig: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Wiederhergestellt: {change}</translation>
    </message>
    <message>
        <source>‘{title}’</source>
        <translation>‚{title}‘</translation>
    </message>
    <message>
        <source>%n procedure(s)</source>
        <translation>%n Verfahren</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>LeiKa keys</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>redirected to another host</source>
        <translation>auf anderen Server umgeleitet</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>refused (4xx)</source>
        <translation>abgewiesen (4xx)</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>e-mail link</source>
        <translation>E-Mail-Link</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>document file</source>
        <translation>Dokumentdatei</translation>
    </message>
    <message>
        <source>no form</source>
        <translation>kein Formular</translation>
    </message>
    <message>
        <source>information portal</source>
        <translation>Informationsportal</translation>
    </message>
    <message>
        <source>online-service platform</source>
        <translation>Online-Dienst-Plattform</translation>
    </message>
    <message>
        <source>no hint</source>
        <translation>kein Hinweis</translation>
    </message>
    <message>
        <source>shared link</source>
        <translation>gemeinsamer Link</translation>
    </message>
    <message>
        <source>shared link, kept as one</source>
        <translation>gemeinsamer Link, als eines behalten</translation>
    </message>
    <message>
        <source>shared link, split</source>
        <translation>gemeinsamer Link, aufgeteilt</translation>
    </message>
    <message>
        <source>no online link found</source>
        <translation>kein Online-Link gefunden</translation>
    </message>
    <message>
        <source>appointment booking</source>
        <translation>Terminbuchung</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts vermerkt</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>kommunal</translation>
    </message>
    <message>
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Keine Webadresse</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>PublicationController</name>
    <message>
        <source>&amp;Publish the list of awarded authorities…</source>
        <translation>Liste der ausgezeichneten Behörden &amp;veröffentlichen …</translation>
    </message>
    <message>
        <source>&amp;Re-check awarded authorities…</source>
        <translation>Ausgezeichnete Behörden &amp;erneut prüfen …</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Auswertungen</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik …</translation>
    </message>
    <message>
        <source>&amp;Candidates for an invitation…</source>
        <translation>&amp;Kandidaten für eine Einladung …</translation>
    </message>
    <message>
        <source>Folder for the public list</source>
        <translation>Ordner für die öffentliche Liste</translation>
    </message>
    <message>
        <source>Writing the public list…</source>
        <translation>Die öffentliche Liste wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Public list written: %n file(s) in %1</source>
        <translation>
            <numerusform>Öffentliche Liste geschrieben: %n Datei in %1</numerusform>
            <numerusform>Öffentliche Liste geschrieben: %n Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Public list</source>
        <translation>Öffentliche Liste</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No other database opened lately</source>
        <translation>Zuletzt keine andere Datenbank geöffnet</translation>
    </message>
</context>
<context>
    <name>RecheckDialog</name>
    <message>
        <source>Re-check awarded authorities</source>
        <translation>Ausgezeichnete Behörden erneut prüfen</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Previous re-check</source>
        <translation>Vorige Prüfung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Start the re-check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Cancel the re-check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>No re-check yet. The re-check follows the links of the counted procedures of every award in force.</source>
        <translation>Noch keine erneute Prüfung. Sie ruft die Links der gezählten Verfahren jeder gültigen Auszeichnung auf.</translation>
    </message>
    <message numerus="yes">
        <source>Re-checking %n awarded authority(ies)…</source>
        <translation>
            <numerusform>%n ausgezeichnete Behörde wird geprüft …</numerusform>
            <numerusform>%n ausgezeichnete Behörden werden geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>The re-check failed: %1</source>
        <translation>Die erneute Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No network: the re-check stopped and nothing was kept.</source>
        <translation>Kein Netzwerk: Die Prüfung wurde beendet, nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled before the first authority was done: nothing was kept.</source>
        <translation>Abgebrochen, bevor die erste Behörde fertig geprüft war: Nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-check of %1: %n authority(ies) below the threshold</source>
        <translation>
            <numerusform>Prüfung vom %1: %n Behörde unter der Schwelle</numerusform>
            <numerusform>Prüfung vom %1: %n Behörden unter der Schwelle</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled: only the authorities checked completely)</source>
        <translation>(abgebrochen: nur die vollständig geprüften Behörden)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>first re-check</source>
        <translation>erste Prüfung</translation>
    </message>
    <message>
        <source>fell below the threshold</source>
        <translation>unter die Schwelle gefallen</translation>
    </message>
    <message>
        <source>back above the threshold</source>
        <translation>wieder über der Schwelle</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) died</source>
        <translation>
            <numerusform>%n Link nicht mehr erreichbar</numerusform>
            <numerusform>%n Links nicht mehr erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) back</source>
        <translation>
            <numerusform>%n Link wieder erreichbar</numerusform>
            <numerusform>%n Links wieder erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n procedure(s)</source>
        <translation>
            <numerusform>%n Verfahren ablehnen</numerusform>
            <numerusform>%n Verfahren ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the other reason in the details.</source>
        <translation>Bitte den sonstigen Grund in den Details beschreiben.</translation>
    </message>
    <message>
        <source>Reject procedures</source>
        <translation>Verfahren ablehnen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>optional free text, e.g. “only a PDF form”</source>
        <translation>optionaler Freitext, z. B. „nur PDF-Formular“</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the state to go back to. Everything entered after it is replaced; the current state is kept as a backup first, so the restore can be undone.</source>
        <translation>Wählen Sie den Stand, zu dem Sie zurückkehren möchten. Alles, was danach eingegeben wurde, wird ersetzt; der jetzige Stand wird vorher gesichert, so dass sich die Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>%n procedure(s) changed</source>
        <translation>
            <numerusform>%n Verfahren geändert</numerusform>
            <numerusform>%n Verfahren geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not accepted: %1 (%2)</source>
        <translation>Nicht anerkannt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>No open procedure left in this view.</source>
        <translation>In dieser Ansicht ist kein Verfahren mehr offen.</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Your name for the history and the letters:</source>
        <translation>Ihr Name für den Verlauf und die Schreiben:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>First and last name, e.g. Erika Musterfrau</source>
        <translation>Vor- und Nachname, z. B. Erika Musterfrau</translation>
    </message>
    <message>
        <source>Blank paper (border and emblem printed)</source>
        <translation>Leeres Papier (Rahmen und Emblem werden gedruckt)</translation>
    </message>
    <message>
        <source>Pre-printed certificate paper (text only)</source>
        <translation>Vorgedrucktes Urkundenpapier (nur Text)</translation>
    </message>
    <message>
        <source>%1 — the settings stored in the database (reference numbers, letters, certificate, review and import) cannot be changed; your own settings are saved.</source>
        <translation>%1 — die in der Datenbank gespeicherten Einstellungen (Aktenzeichen, Schreiben, Urkunde, Prüfung und Import) können nicht geändert werden; Ihre eigenen Einstellungen werden gespeichert.</translation>
    </message>
    <message>
        <source>On a team server four eyes are always on.</source>
        <translation>Auf einem Team-Server gilt das Vier-Augen-Prinzip immer.</translation>
    </message>
    <message>
        <source>Deadline of a URL import: enter a whole number of seconds from %1 to %2.</source>
        <translation>Frist eines Imports über eine URL: bitte eine ganze Zahl von Sekunden von %1 bis %2 eingeben.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Template folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded with every change.</source>
        <translation>Bitte Ihren Namen eingeben: Er wird bei jeder Änderung festgehalten.</translation>
    </message>
    <message>
        <source>Deadline of the query letter: enter a whole number of weeks from 1 to %1.</source>
        <translation>Frist der Bitte um Ergänzung: bitte eine ganze Zahl von Wochen von 1 bis %1 eingeben.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Your name (for the history):</source>
        <translation>Ihr Name (für den Verlauf):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Letters and certificate</source>
        <translation>Briefe und Urkunde</translation>
    </message>
    <message>
        <source>Authority (letterhead):</source>
        <translation>Behörde (Briefkopf):</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Referat:</translation>
    </message>
    <message>
        <source>Address (letterhead):</source>
        <translation>Anschrift (Briefkopf):</translation>
    </message>
    <message>
        <source>Contact (name, phone, e-mail):</source>
        <translation>Kontakt (Name, Telefon, E-Mail):</translation>
    </message>
    <message>
        <source>empty: the reviewer&apos;s name</source>
        <translation>leer: der Name der prüfenden Person</translation>
    </message>
    <message>
        <source>Town for the date:</source>
        <translation>Ort für das Datum:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Unterzeichnet von:</translation>
    </message>
    <message>
        <source>Office of the signatory:</source>
        <translation>Amt der unterzeichnenden Person:</translation>
    </message>
    <message>
        <source>Own templates (folder):</source>
        <translation>Eigene Vorlagen (Ordner):</translation>
    </message>
    <message>
        <source>the shipped templates</source>
        <translation>die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <source>Choose template folder…</source>
        <translation>Vorlagenordner wählen …</translation>
    </message>
    <message>
        <source>Certificate paper:</source>
        <translation>Urkundenpapier:</translation>
    </message>
    <message>
        <source>Text positions (mm):</source>
        <translation>Textpositionen (mm):</translation>
    </message>
    <message>
        <source>For pre-printed paper: BLOCK=X,Y,WIDTH in millimetres from the top left corner (X is the centre of the block), separated by semicolons; blocks: name, reason, place_date, signature.</source>
        <translation>Für vorgedrucktes Papier: BLOCK=X,Y,BREITE in Millimetern von der linken oberen Ecke (X ist die Mitte des Blocks), durch Semikolons getrennt; Blöcke: name, reason, place_date, signature.</translation>
    </message>
    <message>
        <source>Signet shows the name of the authority and the year</source>
        <translation>Signet zeigt den Namen der Behörde und das Jahr</translation>
    </message>
    <message>
        <source>Deadline of the query letter (weeks):</source>
        <translation>Frist der Bitte um Ergänzung (Wochen):</translation>
    </message>
    <message>
        <source>Review and import</source>
        <translation>Prüfung und Import</translation>
    </message>
    <message>
        <source>Final decisions need the approval of a second person (four eyes)</source>
        <translation>Abschließende Entscheidungen brauchen die Mitzeichnung einer zweiten Person (vier Augen)</translation>
    </message>
    <message>
        <source>The link check may connect to loopback and private network addresses</source>
        <translation>Die Linkprüfung darf Loopback- und private Netzadressen aufrufen</translation>
    </message>
    <message>
        <source>Deadline of a URL import (seconds):</source>
        <translation>Frist eines Imports über eine URL (Sekunden):</translation>
    </message>
    <message>
        <source>These settings are stored in the database and apply to everyone who works with it, in the window and on the command line.</source>
        <translation>Diese Einstellungen werden in der Datenbank gespeichert und gelten für alle, die mit ihr arbeiten, im Fenster wie auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Choose output folder…</source>
        <translation>Ausgabeordner wählen …</translation>
    </message>
    <message>
        <source>Reference pattern:</source>
        <translation>Muster für Aktenzeichen:</translation>
    </message>
    <message>
        <source>StMD-DA-{year}-{seq:04d}</source>
        <translation>StMD-DA-{year}-{seq:04d}</translation>
    </message>
    <message>
        <source>Fields: {year}, {seq} (counter, required), {ags}, {key}, {ars}. The pattern is stored in the database and applies to new applications.</source>
        <translation>Felder: {year}, {seq} (Zähler, Pflicht), {ags}, {key}, {ars}. Das Muster wird in der Datenbank gespeichert und gilt für neue Anträge.</translation>
    </message>
    <message>
        <source>Open the database used last when the program starts</source>
        <translation>Beim Start die zuletzt benutzte Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>SharedLinks</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept as one</source>
        <translation>als eines behalten</translation>
    </message>
    <message>
        <source>split</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <source>This procedure is no open shared-link group (it is split already).</source>
        <translation>Dieses Verfahren ist keine offene Gruppe mit gemeinsamem Link (es ist schon aufgeteilt).</translation>
    </message>
    <message>
        <source>The rows of this link name one service; there is nothing to split.</source>
        <translation>Die Zeilen dieses Links nennen eine einzige Leistung; es gibt nichts aufzuteilen.</translation>
    </message>
    <message>
        <source>S&amp;hared links…</source>
        <translation>Gemeinsame Lin&amp;ks…</translation>
    </message>
    <message>
        <source>Rows with different titles that the import merged under one link: keep each group as one procedure or split it</source>
        <translation>Zeilen mit verschiedenen Bezeichnungen, die der Import unter einem Link zusammengeführt hat: jede Gruppe als ein Verfahren behalten oder aufteilen</translation>
    </message>
</context>
<context>
    <name>SharedLinksDialog</name>
    <message>
        <source>Shared links</source>
        <translation>Gemeinsame Links</translation>
    </message>
    <message>
        <source>Rows with different titles or LeiKa keys share these links. By the award&apos;s rule a link counts once; split a group where its rows are different online services. Ctrl+Z in the window undoes a step.</source>
        <translation>Zeilen mit verschiedenen Bezeichnungen oder LeiKa-Schlüsseln teilen sich diese Links. Nach der Regel der Auszeichnung zählt ein Link einmal; teilen Sie eine Gruppe auf, wenn ihre Zeilen verschiedene Online-Dienste sind. Strg+Z im Fenster macht einen Schritt rückgängig.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <source>&amp;Split into one procedure per title</source>
        <translation>In ein Verfahren je Bezeichnung &amp;aufteilen</translation>
    </message>
    <message>
        <source>&amp;Keep as one procedure</source>
        <translation>Als ein Verfahren &amp;behalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No shared links in this application.</source>
        <translation>Dieser Antrag hat keine gemeinsamen Links.</translation>
    </message>
    <message>
        <source>Split into %1 procedures.</source>
        <translation>In %1 Verfahren aufgeteilt.</translation>
    </message>
    <message>
        <source>Kept as one procedure.</source>
        <translation>Als ein Verfahren behalten.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Accept the selected procedures, go on to the next open one</source>
        <translation>Die gewählten Verfahren anerkennen, weiter zum nächsten offenen</translation>
    </message>
    <message>
        <source>Reject with a reason from the catalog and free text</source>
        <translation>Mit einem Grund aus dem Katalog und freiem Text ablehnen</translation>
    </message>
    <message>
        <source>Set back to open</source>
        <translation>Wieder auf offen setzen</translation>
    </message>
    <message>
        <source>Cycle the first criterion: not judged, met, not met</source>
        <translation>Erstes Kriterium umschalten: nicht beurteilt, erfüllt, nicht erfüllt</translation>
    </message>
    <message>
        <source>Cycle the second criterion</source>
        <translation>Zweites Kriterium umschalten</translation>
    </message>
    <message>
        <source>Cycle the third criterion</source>
        <translation>Drittes Kriterium umschalten</translation>
    </message>
    <message>
        <source>Write a note (saved as you type; Esc or Tab goes back to the table)</source>
        <translation>Notiz schreiben (wird beim Tippen gespeichert; Esc oder Tab führt zurück in die Tabelle)</translation>
    </message>
    <message>
        <source>Next open procedure</source>
        <translation>Nächstes offenes Verfahren</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>Den Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy the selected rows (tab-separated, with a header)</source>
        <translation>Die gewählten Zeilen kopieren (mit Tabulatoren, mit Kopfzeile)</translation>
    </message>
    <message>
        <source>Undo (per application, kept across restarts)</source>
        <translation>Rückgängig (je Antrag, bleibt nach einem Neustart erhalten)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Filter the procedures</source>
        <translation>Die Verfahren filtern</translation>
    </message>
    <message>
        <source>Show only open procedures</source>
        <translation>Nur offene Verfahren zeigen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Import a procedure list (or drop a file on the window)</source>
        <translation>Eine Verfahrensliste importieren (oder eine Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Eine Datenbank öffnen</translation>
    </message>
    <message>
        <source>Check the links</source>
        <translation>Die Links prüfen</translation>
    </message>
    <message>
        <source>Check the links of the selection</source>
        <translation>Die Links der Auswahl prüfen</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <source>Preview and print the documents</source>
        <translation>Vorschau und Druck der Dokumente</translation>
    </message>
    <message>
        <source>Write the documents of this application</source>
        <translation>Die Dokumente dieses Antrags schreiben</translation>
    </message>
    <message>
        <source>Help and this list</source>
        <translation>Hilfe und diese Liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Applications by status</source>
        <translation>Anträge nach Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Auszeichnungen</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Awards per month</source>
        <translation>Auszeichnungen je Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Awards by Regierungsbezirk</source>
        <translation>Auszeichnungen nach Regierungsbezirk</translation>
    </message>
    <message>
        <source>Awards by kind of authority</source>
        <translation>Auszeichnungen nach Art der Behörde</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Im Verzeichnis</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kürzeste</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Unteres Quartil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Oberes Quartil</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days from receipt to decision</source>
        <translation>Tage vom Eingang bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Most frequent rejection reasons</source>
        <translation>Häufigste Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Procedures counted per award</source>
        <translation>Gezählte Verfahren je Auszeichnung</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Computing the figures …</source>
        <translation>Die Kennzahlen werden berechnet …</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s) in force</source>
        <translation>
            <numerusform>%n gültige Auszeichnung</numerusform>
            <numerusform>%n gültige Auszeichnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Antrag</numerusform>
            <numerusform>%n Anträge</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Export charts (PNG, SVG)…</source>
        <translation>Diagramme exportieren (PNG, SVG) …</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Ordner für die Diagramme</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Screening (no application)</source>
        <translation>Vorprüfung (ohne Antrag)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Query sent</source>
        <translation>Rückfrage an Kommune</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>{path} does not exist or is empty. Create a new, empty database there?</source>
        <translation>{path} gibt es nicht, oder die Datei ist leer. Dort eine neue, leere Datenbank anlegen?</translation>
    </message>
    <message>
        <source>{path} is not a DigiAmt Desk database ({detail}). It was not changed.</source>
        <translation>{path} ist keine Datenbank von DigiAmt Desk ({detail}). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of DigiAmt Desk (schema {revision}). Update DigiAmt Desk to open it.</source>
        <translation>{path} wurde von einer neueren Version von DigiAmt Desk geschrieben (Schema {revision}). Aktualisieren Sie DigiAmt Desk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{path} must be brought up to date to be opened, but it cannot be written. Copy it to a folder you may write to and open the copy.</source>
        <translation>{path} muss zum Öffnen auf den neuen Stand gebracht werden, kann aber nicht geschrieben werden. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). It was not changed; it need not be damaged. Check the drive and try again.</source>
        <translation>{path} kann nicht gelesen werden ({detail}). Die Datei wurde nicht verändert und ist nicht unbedingt beschädigt. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{path} kann nicht gespeichert werden: der Datenträger ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} holds a {kind} “{name}” that DigiAmt Desk does not create. A database file can carry program code that runs on every change, so it was not opened (and not changed).</source>
        <translation>{path} enthält das Objekt „{name}“ ({kind}), das DigiAmt Desk nicht anlegt. Eine Datenbankdatei kann Programmcode enthalten, der bei jeder Änderung ausgeführt wird; deshalb wurde sie nicht geöffnet (und nicht verändert).</translation>
    </message>
    <message>
        <source>In {path} the {kind} “{name}” differs from what DigiAmt Desk creates. A database file can carry program code that runs on every change, so it was not opened (and not changed).</source>
        <translation>In {path} weicht das Objekt „{name}“ ({kind}) von dem ab, was DigiAmt Desk anlegt. Eine Datenbankdatei kann Programmcode enthalten, der bei jeder Änderung ausgeführt wird; deshalb wurde sie nicht geöffnet (und nicht verändert).</translation>
    </message>
    <message>
        <source>{path} lacks the {kind} “{name}” of a DigiAmt Desk database. It was not opened (and not changed).</source>
        <translation>In {path} fehlt das Objekt „{name}“ ({kind}) einer Datenbank von DigiAmt Desk. Sie wurde nicht geöffnet (und nicht verändert).</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the file is read-only. Nothing was changed.</source>
        <translation>{path} kann nicht gespeichert werden: die Datei ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: its folder {folder} is read-only. Nothing was changed.</source>
        <translation>{path} kann nicht gespeichert werden: der Ordner {folder} ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the drive it is on is read-only. Nothing was changed.</source>
        <translation>{path} kann nicht gespeichert werden: das Laufwerk ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: it is damaged and was opened for reading only. Nothing was changed.</source>
        <translation>{path} kann nicht gespeichert werden: die Datei ist beschädigt und nur zum Lesen geöffnet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: this database is damaged; restore a backup to work on it</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Diese Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her, um daran zu arbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the database file is write-protected</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Die Datenbankdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the folder of the database is write-protected</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Der Ordner der Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the drive of the database is write-protected</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Das Laufwerk der Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the disk is full; free some space and open the database again</source>
        <translation>&lt;b&gt;Nur lesend&lt;/b&gt;: Der Datenträger ist voll; schaffen Sie Platz und öffnen Sie die Datenbank erneut</translation>
    </message>
    <message>
        <source>The daily backup could not be written into {folder} ({detail}). You can work on; back up to another place when you can (File › Back up now).</source>
        <translation>Die tägliche Sicherung konnte nicht in {folder} geschrieben werden ({detail}). Sie können weiterarbeiten; sichern Sie an einen anderen Ort, sobald es geht (Datei › Jetzt sichern …).</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <source>read-only, reopen it to change anything</source>
        <translation>schreibgeschützt – zum Ändern wieder öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligible&lt;/b&gt;: threshold of %1 reached</source>
        <translation>&lt;b&gt;Erfüllt&lt;/b&gt;: Schwelle von %1 erreicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet eligible&lt;/b&gt;: %1 missing</source>
        <translation>&lt;b&gt;Noch nicht erfüllt&lt;/b&gt; (fehlend: %1)</translation>
    </message>
    <message>
        <source>%1 open · %2 accepted · %3 rejected</source>
        <translation>%1 offen · %2 anerkannt · %3 abgelehnt</translation>
    </message>
    <message>
        <source>%1 procedures, %2 merged duplicates, %3 links that are no web address</source>
        <translation>%1 Verfahren, %2 zusammengeführte Doppelungen, %3 Links ohne Webadresse</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>TeamMode</name>
    <message>
        <source>Connect to team server</source>
        <translation>Mit dem Teamserver verbinden</translation>
    </message>
    <message>
        <source>Address of the team database (the password is asked for when needed):</source>
        <translation>Adresse der Teamdatenbank (das Passwort wird bei Bedarf abgefragt):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Mit dem &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Take along for offline work…</source>
        <translation>Zur Offline-Arbeit &amp;mitnehmen…</translation>
    </message>
    <message>
        <source>&amp;Bring back from offline work…</source>
        <translation>Von der Offline-Arbeit &amp;zurückbringen…</translation>
    </message>
    <message>
        <source>&amp;Approve decision (four eyes)…</source>
        <translation>Entscheidung &amp;mitzeichnen (vier Augen)…</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>&amp;Four eyes: decisions need a second person&apos;s approval</source>
        <translation>&amp;Vier Augen: Entscheidungen brauchen die Mitzeichnung einer zweiten Person</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Only the applications assigned to me</source>
        <translation>Nur die mir zugewiesenen Anträge</translation>
    </message>
    <message>
        <source>Team server not reachable: %1</source>
        <translation>Teamserver nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Approve decision</source>
        <translation>Entscheidung mitzeichnen</translation>
    </message>
    <message>
        <source>Approve the decision &apos;%1&apos; made by %2? Note (optional):</source>
        <translation>Die Entscheidung „%1“ von %2 mitzeichnen? Vermerk (freiwillig):</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Mitgezeichnet von %1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign to (login; empty for nobody):</source>
        <translation>Zuweisen an (Anmeldename; leer für niemanden):</translation>
    </message>
    <message>
        <source>Take along for offline work</source>
        <translation>Zur Offline-Arbeit mitnehmen</translation>
    </message>
    <message>
        <source>DigiAmt offline files (*.sqlite);;All files (*)</source>
        <translation>DigiAmt-Offline-Dateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Taking the application along…</source>
        <translation>Der Antrag wird mitgenommen…</translation>
    </message>
    <message>
        <source>Taken along to %1: open that file on the laptop.</source>
        <translation>Mitgenommen nach %1: Öffnen Sie diese Datei auf dem Laptop.</translation>
    </message>
    <message>
        <source>Bring back from offline work</source>
        <translation>Von der Offline-Arbeit zurückbringen</translation>
    </message>
    <message>
        <source>Bringing the changes back…</source>
        <translation>Die Änderungen werden zurückgebracht…</translation>
    </message>
    <message>
        <source>Brought back. Changes sent: %1; already there: %2.</source>
        <translation>Zurückgebracht. Gesendete Änderungen: %1; schon vorhanden: %2.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DigiAmt Desk</source>
        <translation>Willkommen bei DigiAmt Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to DigiAmt Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei DigiAmt Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>There is no database of cases on this computer yet. How would you like to begin?</source>
        <translation>Auf diesem Rechner gibt es noch keine Datenbank mit Vorgängen. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Five fictional applications to try everything out (%1)</source>
        <translation>Fünf erfundene Anträge zum Ausprobieren (%1)</translation>
    </message>
    <message>
        <source>Import a first application…</source>
        <translation>Ersten Antrag importieren …</translation>
    </message>
    <message>
        <source>Start your database of cases (%1) with a municipality&apos;s list of online procedures</source>
        <translation>Die eigene Datenbank (%1) mit der Verfahrensliste einer Kommune beginnen</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Vorhandene Datenbank öffnen …</translation>
    </message>
    <message>
        <source>A database file of DigiAmt Desk, for example from a colleague or a backup</source>
        <translation>Eine Datenbankdatei von DigiAmt Desk, etwa von einer Kollegin, einem Kollegen oder aus einer Sicherung</translation>
    </message>
    <message>
        <source>Opened lately:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>DigiAmt databases (*.db);;All files (*)</source>
        <translation>DigiAmt-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to team server…</source>
        <translation>Mit dem Teamserver verbinden…</translation>
    </message>
    <message>
        <source>The review unit&apos;s shared database on a PostgreSQL server</source>
        <translation>Die gemeinsame Datenbank des Referats auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Open a database you worked on lately, or begin anew:</source>
        <translation>Öffnen Sie eine Datenbank, mit der Sie zuletzt gearbeitet haben, oder beginnen Sie neu:</translation>
    </message>
</context>
</TS>
