<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="68" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="69" />
        <source>Something went wrong: %1

The details are in %2</source>
        <translation>Etwas ist schiefgegangen: %1

Einzelheiten stehen in %2</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/app.py" line="86" />
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
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
        <location filename="../../digiamt_desk/ui/models.py" line="85" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="86" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../digiamt_desk/ui/main_window.py" line="46" />
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Antrag</numerusform><numerusform>%n Anträge</numerusform></translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="86" />
        <source>Eligible: threshold of %1 reached</source>
        <translation>Erfüllt: Schwelle von %1 erreicht</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="89" />
        <source>Not yet eligible: %1 missing, %2 open</source>
        <translation>Noch nicht erfüllt: %1 fehlen, %2 offen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="94" />
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="94" />
        <source>DigiAmt databases (*.db);;All files (*)</source>
        <translation>DigiAmt-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="99" />
        <source>About DigiAmt Desk</source>
        <translation>Über DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/main_window.py" line="100" />
        <source>DigiAmt Desk %1

Review of applications for the award "Digitales Amt".

Register of municipalities: %2</source>
        <translation>DigiAmt Desk %1

Prüfung von Anträgen auf die Auszeichnung „Digitales Amt“.

Gemeindeverzeichnis: %2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9" />
        <source>DigiAmt Desk</source>
        <translation>DigiAmt Desk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="30" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65" />
        <source>No applications yet. Import a procedure list with: digiamt import FILE --ars KEY</source>
        <translation>Noch keine Anträge. Eine Verfahrensliste importieren: digiamt import DATEI --ars SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96" />
        <source>Reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="116" />
        <source>Procedures:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124" />
        <source>Accepted / rejected / open:</source>
        <translation>Anerkannt / abgelehnt / offen:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="132" />
        <source>Merged duplicates:</source>
        <translation>Zusammengeführte Doppelungen:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="140" />
        <source>Counted:</source>
        <translation>Gezählt:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150" />
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="175" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="182" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="190" />
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="194" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="198" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="202" />
        <source>&amp;About DigiAmt Desk</source>
        <translation>Ü&amp;ber DigiAmt Desk</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="111" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="112" />
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="113" />
        <source>Query sent</source>
        <translation>Rückfrage an Kommune</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="114" />
        <source>Awarded</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="115" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../digiamt_desk/ui/models.py" line="116" />
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
</TS>