# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.formLayout = QFormLayout(self.generalTab)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reviewerEditLabel = QLabel(self.generalTab)
        self.reviewerEditLabel.setObjectName(u"reviewerEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerEditLabel)

        self.reviewerEdit = QLineEdit(self.generalTab)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.languageComboLabel = QLabel(self.generalTab)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.outputFolderEditLabel = QLabel(self.generalTab)
        self.outputFolderEditLabel.setObjectName(u"outputFolderEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outputFolderEditLabel)

        self.outputFolderEdit = QLineEdit(self.generalTab)
        self.outputFolderEdit.setObjectName(u"outputFolderEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outputFolderEdit)

        self.outputFolderButton = QPushButton(self.generalTab)
        self.outputFolderButton.setObjectName(u"outputFolderButton")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.outputFolderButton)

        self.reopenLastCheck = QCheckBox(self.generalTab)
        self.reopenLastCheck.setObjectName(u"reopenLastCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.reopenLastCheck)

        self.referencePatternEditLabel = QLabel(self.generalTab)
        self.referencePatternEditLabel.setObjectName(u"referencePatternEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referencePatternEditLabel)

        self.referencePatternEdit = QLineEdit(self.generalTab)
        self.referencePatternEdit.setObjectName(u"referencePatternEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referencePatternEdit)

        self.patternHelp = QLabel(self.generalTab)
        self.patternHelp.setObjectName(u"patternHelp")
        self.patternHelp.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.patternHelp)

        self.tabs.addTab(self.generalTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QFormLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ministryEditLabel = QLabel(self.documentsTab)
        self.ministryEditLabel.setObjectName(u"ministryEditLabel")

        self.documentsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ministryEditLabel)

        self.ministryEdit = QLineEdit(self.documentsTab)
        self.ministryEdit.setObjectName(u"ministryEdit")

        self.documentsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ministryEdit)

        self.unitEditLabel = QLabel(self.documentsTab)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.documentsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(self.documentsTab)
        self.unitEdit.setObjectName(u"unitEdit")

        self.documentsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.letterAddressEditLabel = QLabel(self.documentsTab)
        self.letterAddressEditLabel.setObjectName(u"letterAddressEditLabel")

        self.documentsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterAddressEditLabel)

        self.letterAddressEdit = QPlainTextEdit(self.documentsTab)
        self.letterAddressEdit.setObjectName(u"letterAddressEdit")
        self.letterAddressEdit.setMaximumSize(QSize(16777215, 60))

        self.documentsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterAddressEdit)

        self.contactEditLabel = QLabel(self.documentsTab)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.documentsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = QPlainTextEdit(self.documentsTab)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaximumSize(QSize(16777215, 70))

        self.documentsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.placeEditLabel = QLabel(self.documentsTab)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.documentsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(self.documentsTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.documentsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.signatoryNameEditLabel = QLabel(self.documentsTab)
        self.signatoryNameEditLabel.setObjectName(u"signatoryNameEditLabel")

        self.documentsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signatoryNameEditLabel)

        self.signatoryNameEdit = QLineEdit(self.documentsTab)
        self.signatoryNameEdit.setObjectName(u"signatoryNameEdit")

        self.documentsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signatoryNameEdit)

        self.signatoryRoleEditLabel = QLabel(self.documentsTab)
        self.signatoryRoleEditLabel.setObjectName(u"signatoryRoleEditLabel")

        self.documentsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signatoryRoleEditLabel)

        self.signatoryRoleEdit = QLineEdit(self.documentsTab)
        self.signatoryRoleEdit.setObjectName(u"signatoryRoleEdit")

        self.documentsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signatoryRoleEdit)

        self.templateFolderEditLabel = QLabel(self.documentsTab)
        self.templateFolderEditLabel.setObjectName(u"templateFolderEditLabel")

        self.documentsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.templateFolderEditLabel)

        self.templateFolderEdit = QLineEdit(self.documentsTab)
        self.templateFolderEdit.setObjectName(u"templateFolderEdit")

        self.documentsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.templateFolderEdit)

        self.templateFolderButton = QPushButton(self.documentsTab)
        self.templateFolderButton.setObjectName(u"templateFolderButton")

        self.documentsLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.templateFolderButton)

        self.paperComboLabel = QLabel(self.documentsTab)
        self.paperComboLabel.setObjectName(u"paperComboLabel")

        self.documentsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.paperComboLabel)

        self.paperCombo = QComboBox(self.documentsTab)
        self.paperCombo.setObjectName(u"paperCombo")

        self.documentsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.positionsEditLabel = QLabel(self.documentsTab)
        self.positionsEditLabel.setObjectName(u"positionsEditLabel")

        self.documentsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.positionsEditLabel)

        self.positionsEdit = QLineEdit(self.documentsTab)
        self.positionsEdit.setObjectName(u"positionsEdit")

        self.documentsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.positionsEdit)

        self.positionsHelp = QLabel(self.documentsTab)
        self.positionsHelp.setObjectName(u"positionsHelp")
        self.positionsHelp.setWordWrap(True)

        self.documentsLayout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.positionsHelp)

        self.signetNameCheck = QCheckBox(self.documentsTab)
        self.signetNameCheck.setObjectName(u"signetNameCheck")

        self.documentsLayout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.signetNameCheck)

        self.queryDeadlineEditLabel = QLabel(self.documentsTab)
        self.queryDeadlineEditLabel.setObjectName(u"queryDeadlineEditLabel")

        self.documentsLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.queryDeadlineEditLabel)

        self.queryDeadlineEdit = QLineEdit(self.documentsTab)
        self.queryDeadlineEdit.setObjectName(u"queryDeadlineEdit")
        self.queryDeadlineEdit.setMaximumSize(QSize(80, 16777215))

        self.documentsLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.queryDeadlineEdit)

        self.tabs.addTab(self.documentsTab, "")
        self.databaseTab = QWidget()
        self.databaseTab.setObjectName(u"databaseTab")
        self.databaseLayout = QFormLayout(self.databaseTab)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fourEyesCheck = QCheckBox(self.databaseTab)
        self.fourEyesCheck.setObjectName(u"fourEyesCheck")

        self.databaseLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.fourEyesCheck)

        self.privateNetworksCheck = QCheckBox(self.databaseTab)
        self.privateNetworksCheck.setObjectName(u"privateNetworksCheck")

        self.databaseLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.privateNetworksCheck)

        self.downloadSecondsEditLabel = QLabel(self.databaseTab)
        self.downloadSecondsEditLabel.setObjectName(u"downloadSecondsEditLabel")

        self.databaseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.downloadSecondsEditLabel)

        self.downloadSecondsEdit = QLineEdit(self.databaseTab)
        self.downloadSecondsEdit.setObjectName(u"downloadSecondsEdit")
        self.downloadSecondsEdit.setMaximumSize(QSize(80, 16777215))

        self.databaseLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.downloadSecondsEdit)

        self.databaseHelp = QLabel(self.databaseTab)
        self.databaseHelp.setObjectName(u"databaseHelp")
        self.databaseHelp.setWordWrap(True)

        self.databaseLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.databaseHelp)

        self.tabs.addTab(self.databaseTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reviewerEditLabel.setBuddy(self.reviewerEdit)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.outputFolderEditLabel.setBuddy(self.outputFolderEdit)
        self.referencePatternEditLabel.setBuddy(self.referencePatternEdit)
        self.ministryEditLabel.setBuddy(self.ministryEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.letterAddressEditLabel.setBuddy(self.letterAddressEdit)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.signatoryNameEditLabel.setBuddy(self.signatoryNameEdit)
        self.signatoryRoleEditLabel.setBuddy(self.signatoryRoleEdit)
        self.templateFolderEditLabel.setBuddy(self.templateFolderEdit)
        self.paperComboLabel.setBuddy(self.paperCombo)
        self.positionsEditLabel.setBuddy(self.positionsEdit)
        self.queryDeadlineEditLabel.setBuddy(self.queryDeadlineEdit)
        self.downloadSecondsEditLabel.setBuddy(self.downloadSecondsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.reviewerEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your name (for the history):", None))
        self.languageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language:", None))
        self.outputFolderEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Output folder:", None))
        self.outputFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose output folder\u2026", None))
        self.reopenLastCheck.setText(QCoreApplication.translate("SettingsDialog", u"Open the database used last when the program starts", None))
        self.referencePatternEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reference pattern:", None))
        self.referencePatternEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"StMD-DA-{year}-{seq:04d}", None))
        self.patternHelp.setText(QCoreApplication.translate("SettingsDialog", u"Fields: {year}, {seq} (counter, required), {ags}, {key}, {ars}. The pattern is stored in the database and applies to new applications.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.ministryEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Authority (letterhead):", None))
        self.unitEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Unit:", None))
        self.letterAddressEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Address (letterhead):", None))
        self.contactEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Contact (name, phone, e-mail):", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"empty: the reviewer's name", None))
        self.placeEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Town for the date:", None))
        self.signatoryNameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Signed by:", None))
        self.signatoryRoleEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Office of the signatory:", None))
        self.templateFolderEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Own templates (folder):", None))
        self.templateFolderEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the shipped templates", None))
        self.templateFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose template folder\u2026", None))
        self.paperComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"Certificate paper:", None))
        self.positionsEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Text positions (mm):", None))
        self.positionsHelp.setText(QCoreApplication.translate("SettingsDialog", u"For pre-printed paper: BLOCK=X,Y,WIDTH in millimetres from the top left corner (X is the centre of the block), separated by semicolons; blocks: name, reason, place_date, signature.", None))
        self.signetNameCheck.setText(QCoreApplication.translate("SettingsDialog", u"Signet shows the name of the authority and the year", None))
        self.queryDeadlineEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Deadline of the query letter (weeks):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("SettingsDialog", u"Letters and certificate", None))
        self.fourEyesCheck.setText(QCoreApplication.translate("SettingsDialog", u"Final decisions need the approval of a second person (four eyes)", None))
        self.privateNetworksCheck.setText(QCoreApplication.translate("SettingsDialog", u"The link check may connect to loopback and private network addresses", None))
        self.downloadSecondsEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Deadline of a URL import (seconds):", None))
        self.databaseHelp.setText(QCoreApplication.translate("SettingsDialog", u"These settings are stored in the database and apply to everyone who works with it, in the window and on the command line.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.databaseTab), QCoreApplication.translate("SettingsDialog", u"Review and import", None))
    # retranslateUi

