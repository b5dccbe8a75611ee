# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(980, 660)
        ImportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceForm = QFormLayout()
        self.sourceForm.setObjectName(u"sourceForm")
        self.sourceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sourceCaption = QLabel(ImportDialog)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.sourceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceCaption)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceEdit = QLineEdit(ImportDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setClearButtonEnabled(True)

        self.sourceRow.addWidget(self.sourceEdit)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.sourceRow.addWidget(self.chooseButton)

        self.readButton = QPushButton(ImportDialog)
        self.readButton.setObjectName(u"readButton")

        self.sourceRow.addWidget(self.readButton)


        self.sourceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sourceRow)

        self.applicantCaption = QLabel(ImportDialog)
        self.applicantCaption.setObjectName(u"applicantCaption")

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicantCaption)

        self.applicantEdit = QLineEdit(ImportDialog)
        self.applicantEdit.setObjectName(u"applicantEdit")
        self.applicantEdit.setClearButtonEnabled(True)

        self.sourceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicantEdit)

        self.applicantHint = QLabel(ImportDialog)
        self.applicantHint.setObjectName(u"applicantHint")
        self.applicantHint.setText(u"")
        self.applicantHint.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.sourceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicantHint)

        self.baseUrlCaption = QLabel(ImportDialog)
        self.baseUrlCaption.setObjectName(u"baseUrlCaption")

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baseUrlCaption)

        self.baseUrlEdit = QLineEdit(ImportDialog)
        self.baseUrlEdit.setObjectName(u"baseUrlEdit")
        self.baseUrlEdit.setClearButtonEnabled(True)

        self.sourceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.baseUrlEdit)

        self.eachAuthorityCheck = QCheckBox(ImportDialog)
        self.eachAuthorityCheck.setObjectName(u"eachAuthorityCheck")

        self.sourceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.eachAuthorityCheck)


        self.dialogLayout.addLayout(self.sourceForm)

        self.messageLabel = QLabel(ImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.stages = QStackedWidget(ImportDialog)
        self.stages.setObjectName(u"stages")
        self.sourcePage = QWidget()
        self.sourcePage.setObjectName(u"sourcePage")
        self.sourceLayout = QVBoxLayout(self.sourcePage)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceLayout.setContentsMargins(0, 0, 0, 0)
        self.sourceIntro = QLabel(self.sourcePage)
        self.sourceIntro.setObjectName(u"sourceIntro")
        self.sourceIntro.setWordWrap(True)
        self.sourceIntro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sourceIntro.setMargin(24)

        self.sourceLayout.addWidget(self.sourceIntro)

        self.stages.addWidget(self.sourcePage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setText(u"")
        self.previewSummary.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummary)

        self.previewApplicant = QLabel(self.previewPage)
        self.previewApplicant.setObjectName(u"previewApplicant")
        self.previewApplicant.setText(u"")
        self.previewApplicant.setWordWrap(True)

        self.previewLayout.addWidget(self.previewApplicant)

        self.mappingBox = QGroupBox(self.previewPage)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingGrid = QGridLayout(self.mappingBox)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.titleCaption = QLabel(self.mappingBox)
        self.titleCaption.setObjectName(u"titleCaption")

        self.mappingGrid.addWidget(self.titleCaption, 0, 0, 1, 1)

        self.titleCombo = QComboBox(self.mappingBox)
        self.titleCombo.setObjectName(u"titleCombo")

        self.mappingGrid.addWidget(self.titleCombo, 0, 1, 1, 1)

        self.urlCaption = QLabel(self.mappingBox)
        self.urlCaption.setObjectName(u"urlCaption")

        self.mappingGrid.addWidget(self.urlCaption, 0, 2, 1, 1)

        self.urlCombo = QComboBox(self.mappingBox)
        self.urlCombo.setObjectName(u"urlCombo")

        self.mappingGrid.addWidget(self.urlCombo, 0, 3, 1, 1)

        self.leikaCaption = QLabel(self.mappingBox)
        self.leikaCaption.setObjectName(u"leikaCaption")

        self.mappingGrid.addWidget(self.leikaCaption, 0, 4, 1, 1)

        self.leikaCombo = QComboBox(self.mappingBox)
        self.leikaCombo.setObjectName(u"leikaCombo")

        self.mappingGrid.addWidget(self.leikaCombo, 0, 5, 1, 1)

        self.providerCaption = QLabel(self.mappingBox)
        self.providerCaption.setObjectName(u"providerCaption")

        self.mappingGrid.addWidget(self.providerCaption, 1, 0, 1, 1)

        self.providerCombo = QComboBox(self.mappingBox)
        self.providerCombo.setObjectName(u"providerCombo")

        self.mappingGrid.addWidget(self.providerCombo, 1, 1, 1, 1)

        self.arsCaption = QLabel(self.mappingBox)
        self.arsCaption.setObjectName(u"arsCaption")

        self.mappingGrid.addWidget(self.arsCaption, 1, 2, 1, 1)

        self.arsCombo = QComboBox(self.mappingBox)
        self.arsCombo.setObjectName(u"arsCombo")

        self.mappingGrid.addWidget(self.arsCombo, 1, 3, 1, 1)

        self.ozgidCaption = QLabel(self.mappingBox)
        self.ozgidCaption.setObjectName(u"ozgidCaption")

        self.mappingGrid.addWidget(self.ozgidCaption, 1, 4, 1, 1)

        self.ozgidCombo = QComboBox(self.mappingBox)
        self.ozgidCombo.setObjectName(u"ozgidCombo")

        self.mappingGrid.addWidget(self.ozgidCombo, 1, 5, 1, 1)

        self.mappingHint = QLabel(self.mappingBox)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mappingGrid.addWidget(self.mappingHint, 2, 0, 1, 6)

        self.mappingGrid.setColumnStretch(1, 1)
        self.mappingGrid.setColumnStretch(3, 1)
        self.mappingGrid.setColumnStretch(5, 1)

        self.previewLayout.addWidget(self.mappingBox)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.rowsTab = QWidget()
        self.rowsTab.setObjectName(u"rowsTab")
        self.rowsLayout = QVBoxLayout(self.rowsTab)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.previewView = QTableView(self.rowsTab)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setWordWrap(False)
        self.previewView.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.previewView.horizontalHeader().setStretchLastSection(True)

        self.rowsLayout.addWidget(self.previewView)

        self.previewTabs.addTab(self.rowsTab, "")
        self.issuesTab = QWidget()
        self.issuesTab.setObjectName(u"issuesTab")
        self.issuesLayout = QVBoxLayout(self.issuesTab)
        self.issuesLayout.setObjectName(u"issuesLayout")
        self.previewIssuesView = QTableView(self.issuesTab)
        self.previewIssuesView.setObjectName(u"previewIssuesView")
        self.previewIssuesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewIssuesView.setAlternatingRowColors(True)
        self.previewIssuesView.setWordWrap(False)
        self.previewIssuesView.horizontalHeader().setStretchLastSection(True)
        self.previewIssuesView.verticalHeader().setVisible(False)

        self.issuesLayout.addWidget(self.previewIssuesView)

        self.previewTabs.addTab(self.issuesTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.previewSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewSpacer)

        self.previewLayout.setStretch(3, 1)
        self.stages.addWidget(self.previewPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportTitle = QLabel(self.reportPage)
        self.reportTitle.setObjectName(u"reportTitle")
        self.reportTitle.setText(u"")
        self.reportTitle.setWordWrap(True)
        self.reportTitle.setStyleSheet(u"font-weight: bold;")
        self.reportTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.addWidget(self.reportTitle)

        self.countsBox = QGroupBox(self.reportPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsGrid = QGridLayout(self.countsBox)
        self.countsGrid.setObjectName(u"countsGrid")
        self.countsGrid.setHorizontalSpacing(16)
        self.rowsCaption = QLabel(self.countsBox)
        self.rowsCaption.setObjectName(u"rowsCaption")

        self.countsGrid.addWidget(self.rowsCaption, 0, 0, 1, 1)

        self.rowsValue = QLabel(self.countsBox)
        self.rowsValue.setObjectName(u"rowsValue")
        self.rowsValue.setText(u"")
        self.rowsValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.rowsValue, 0, 1, 1, 1)

        self.addedCaption = QLabel(self.countsBox)
        self.addedCaption.setObjectName(u"addedCaption")

        self.countsGrid.addWidget(self.addedCaption, 1, 0, 1, 1)

        self.addedValue = QLabel(self.countsBox)
        self.addedValue.setObjectName(u"addedValue")
        self.addedValue.setText(u"")
        self.addedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.addedValue, 1, 1, 1, 1)

        self.updatedCaption = QLabel(self.countsBox)
        self.updatedCaption.setObjectName(u"updatedCaption")

        self.countsGrid.addWidget(self.updatedCaption, 2, 0, 1, 1)

        self.updatedValue = QLabel(self.countsBox)
        self.updatedValue.setObjectName(u"updatedValue")
        self.updatedValue.setText(u"")
        self.updatedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.updatedValue, 2, 1, 1, 1)

        self.unchangedCaption = QLabel(self.countsBox)
        self.unchangedCaption.setObjectName(u"unchangedCaption")

        self.countsGrid.addWidget(self.unchangedCaption, 3, 0, 1, 1)

        self.unchangedValue = QLabel(self.countsBox)
        self.unchangedValue.setObjectName(u"unchangedValue")
        self.unchangedValue.setText(u"")
        self.unchangedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.unchangedValue, 3, 1, 1, 1)

        self.mergedCaption = QLabel(self.countsBox)
        self.mergedCaption.setObjectName(u"mergedCaption")

        self.countsGrid.addWidget(self.mergedCaption, 4, 0, 1, 1)

        self.mergedValue = QLabel(self.countsBox)
        self.mergedValue.setObjectName(u"mergedValue")
        self.mergedValue.setText(u"")
        self.mergedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.mergedValue, 4, 1, 1, 1)

        self.skippedCaption = QLabel(self.countsBox)
        self.skippedCaption.setObjectName(u"skippedCaption")

        self.countsGrid.addWidget(self.skippedCaption, 0, 3, 1, 1)

        self.skippedValue = QLabel(self.countsBox)
        self.skippedValue.setObjectName(u"skippedValue")
        self.skippedValue.setText(u"")
        self.skippedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.skippedValue, 0, 4, 1, 1)

        self.warningsCaption = QLabel(self.countsBox)
        self.warningsCaption.setObjectName(u"warningsCaption")

        self.countsGrid.addWidget(self.warningsCaption, 1, 3, 1, 1)

        self.warningsValue = QLabel(self.countsBox)
        self.warningsValue.setObjectName(u"warningsValue")
        self.warningsValue.setText(u"")
        self.warningsValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.warningsValue, 1, 4, 1, 1)

        self.notOnlineCaption = QLabel(self.countsBox)
        self.notOnlineCaption.setObjectName(u"notOnlineCaption")

        self.countsGrid.addWidget(self.notOnlineCaption, 2, 3, 1, 1)

        self.notOnlineValue = QLabel(self.countsBox)
        self.notOnlineValue.setObjectName(u"notOnlineValue")
        self.notOnlineValue.setText(u"")
        self.notOnlineValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.notOnlineValue, 2, 4, 1, 1)

        self.notInSourceCaption = QLabel(self.countsBox)
        self.notInSourceCaption.setObjectName(u"notInSourceCaption")

        self.countsGrid.addWidget(self.notInSourceCaption, 3, 3, 1, 1)

        self.notInSourceValue = QLabel(self.countsBox)
        self.notInSourceValue.setObjectName(u"notInSourceValue")
        self.notInSourceValue.setText(u"")
        self.notInSourceValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countsGrid.addWidget(self.notInSourceValue, 3, 4, 1, 1)

        self.countsGap = QSpacerItem(32, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.countsGrid.addItem(self.countsGap, 0, 2, 1, 1)

        self.countsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsGrid.addItem(self.countsSpacer, 0, 5, 1, 1)


        self.reportLayout.addWidget(self.countsBox)

        self.detailsCaption = QLabel(self.reportPage)
        self.detailsCaption.setObjectName(u"detailsCaption")

        self.reportLayout.addWidget(self.detailsCaption)

        self.reportView = QTableView(self.reportPage)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportView.setAlternatingRowColors(True)
        self.reportView.setWordWrap(False)
        self.reportView.horizontalHeader().setStretchLastSection(True)
        self.reportView.verticalHeader().setVisible(False)

        self.reportLayout.addWidget(self.reportView)

        self.stages.addWidget(self.reportPage)

        self.dialogLayout.addWidget(self.stages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progressBar = QProgressBar(ImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimumSize(QSize(220, 0))
        self.progressBar.setValue(0)

        self.buttonRow.addWidget(self.progressBar)

        self.progressLabel = QLabel(ImportDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.buttonRow.addWidget(self.progressLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sourceCaption.setBuddy(self.sourceEdit)
        self.applicantCaption.setBuddy(self.applicantEdit)
        self.baseUrlCaption.setBuddy(self.baseUrlEdit)
        self.titleCaption.setBuddy(self.titleCombo)
        self.urlCaption.setBuddy(self.urlCombo)
        self.leikaCaption.setBuddy(self.leikaCombo)
        self.providerCaption.setBuddy(self.providerCombo)
        self.arsCaption.setBuddy(self.arsCombo)
        self.ozgidCaption.setBuddy(self.ozgidCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourceEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.readButton)
        QWidget.setTabOrder(self.readButton, self.applicantEdit)
        QWidget.setTabOrder(self.applicantEdit, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.urlCombo)
        QWidget.setTabOrder(self.urlCombo, self.leikaCombo)
        QWidget.setTabOrder(self.leikaCombo, self.providerCombo)
        QWidget.setTabOrder(self.providerCombo, self.arsCombo)
        QWidget.setTabOrder(self.arsCombo, self.ozgidCombo)
        QWidget.setTabOrder(self.ozgidCombo, self.previewTabs)
        QWidget.setTabOrder(self.previewTabs, self.previewView)
        QWidget.setTabOrder(self.previewView, self.previewIssuesView)
        QWidget.setTabOrder(self.previewIssuesView, self.reportView)
        QWidget.setTabOrder(self.reportView, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.readButton.setDefault(True)
        self.stages.setCurrentIndex(0)
        self.previewTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import procedure list", None))
        self.sourceCaption.setText(QCoreApplication.translate("ImportDialog", u"&File or web address:", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"A file path, or a web address starting with https://", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.readButton.setText(QCoreApplication.translate("ImportDialog", u"&Read", None))
        self.applicantCaption.setText(QCoreApplication.translate("ImportDialog", u"&Applicant:", None))
        self.applicantEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Name or key of the municipality, VG, Landkreis or Bezirk", None))
        self.baseUrlCaption.setText(QCoreApplication.translate("ImportDialog", u"&Base address:", None))
        self.baseUrlEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"For relative links such as /antrag/\u2026: the portal's address, e.g. https://www.stadt.de/", None))
#if QT_CONFIG(tooltip)
        self.baseUrlEdit.setToolTip(QCoreApplication.translate("ImportDialog", u"Links in the list that start with / are completed with this address. A list read from a web address uses that address unless one is given here.", None))
#endif // QT_CONFIG(tooltip)
        self.eachAuthorityCheck.setText(QCoreApplication.translate("ImportDialog", u"&Whole Land: each authority of the file into its own screening application", None))
#if QT_CONFIG(tooltip)
        self.eachAuthorityCheck.setToolTip(QCoreApplication.translate("ImportDialog", u"For a Land-wide dashboard export: the rows of every authority in the ARS column go into that authority's screening application (created where missing; not a received application).", None))
#endif // QT_CONFIG(tooltip)
        self.sourceIntro.setText(QCoreApplication.translate("ImportDialog", u"Choose a file (CSV, Excel, JSON or XZuFi XML) or enter a web address, then press Read. You will see the rows and the detected columns before anything is stored.", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportDialog", u"Columns (change them if a column was not recognised)", None))
        self.titleCaption.setText(QCoreApplication.translate("ImportDialog", u"&Title:", None))
        self.urlCaption.setText(QCoreApplication.translate("ImportDialog", u"&Link:", None))
        self.leikaCaption.setText(QCoreApplication.translate("ImportDialog", u"Lei&Ka key:", None))
        self.providerCaption.setText(QCoreApplication.translate("ImportDialog", u"&Provider:", None))
        self.arsCaption.setText(QCoreApplication.translate("ImportDialog", u"A&RS:", None))
        self.ozgidCaption.setText(QCoreApplication.translate("ImportDialog", u"&OZG-ID:", None))
        self.mappingHint.setText(QCoreApplication.translate("ImportDialog", u"The table shows the rows as they are in the source; the columns in use are marked with the field they fill.", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.rowsTab), QCoreApplication.translate("ImportDialog", u"Rows", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.issuesTab), QCoreApplication.translate("ImportDialog", u"Skipped rows and warnings", None))
        self.countsBox.setTitle(QCoreApplication.translate("ImportDialog", u"Result", None))
        self.rowsCaption.setText(QCoreApplication.translate("ImportDialog", u"Rows read (= the five below):", None))
#if QT_CONFIG(tooltip)
        self.rowsCaption.setToolTip(QCoreApplication.translate("ImportDialog", u"Every row with data: added + updated + unchanged + merged (same link) + skipped", None))
#endif // QT_CONFIG(tooltip)
        self.addedCaption.setText(QCoreApplication.translate("ImportDialog", u"Added:", None))
        self.updatedCaption.setText(QCoreApplication.translate("ImportDialog", u"Updated:", None))
        self.unchangedCaption.setText(QCoreApplication.translate("ImportDialog", u"Unchanged:", None))
        self.mergedCaption.setText(QCoreApplication.translate("ImportDialog", u"Duplicates merged:", None))
        self.skippedCaption.setText(QCoreApplication.translate("ImportDialog", u"Rows skipped:", None))
        self.warningsCaption.setText(QCoreApplication.translate("ImportDialog", u"Warnings:", None))
        self.notOnlineCaption.setText(QCoreApplication.translate("ImportDialog", u"Links that are no web address:", None))
        self.notInSourceCaption.setText(QCoreApplication.translate("ImportDialog", u"Procedures missing from this source:", None))
        self.detailsCaption.setText(QCoreApplication.translate("ImportDialog", u"Skipped rows, warnings and merged duplicates:", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi

