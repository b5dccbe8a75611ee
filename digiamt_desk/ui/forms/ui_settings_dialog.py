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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reviewerEditLabel = QLabel(SettingsDialog)
        self.reviewerEditLabel.setObjectName(u"reviewerEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerEditLabel)

        self.reviewerEdit = QLineEdit(SettingsDialog)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.languageComboLabel = QLabel(SettingsDialog)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.ministryEditLabel = QLabel(SettingsDialog)
        self.ministryEditLabel.setObjectName(u"ministryEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ministryEditLabel)

        self.ministryEdit = QLineEdit(SettingsDialog)
        self.ministryEdit.setObjectName(u"ministryEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ministryEdit)

        self.unitEditLabel = QLabel(SettingsDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(SettingsDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.letterAddressEditLabel = QLabel(SettingsDialog)
        self.letterAddressEditLabel.setObjectName(u"letterAddressEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.letterAddressEditLabel)

        self.letterAddressEdit = QPlainTextEdit(SettingsDialog)
        self.letterAddressEdit.setObjectName(u"letterAddressEdit")
        self.letterAddressEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.letterAddressEdit)

        self.contactEditLabel = QLabel(SettingsDialog)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = QPlainTextEdit(SettingsDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.outputFolderEditLabel = QLabel(SettingsDialog)
        self.outputFolderEditLabel.setObjectName(u"outputFolderEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outputFolderEditLabel)

        self.outputFolderEdit = QLineEdit(SettingsDialog)
        self.outputFolderEdit.setObjectName(u"outputFolderEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outputFolderEdit)

        self.outputFolderButton = QPushButton(SettingsDialog)
        self.outputFolderButton.setObjectName(u"outputFolderButton")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.outputFolderButton)

        self.referencePatternEditLabel = QLabel(SettingsDialog)
        self.referencePatternEditLabel.setObjectName(u"referencePatternEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referencePatternEditLabel)

        self.referencePatternEdit = QLineEdit(SettingsDialog)
        self.referencePatternEdit.setObjectName(u"referencePatternEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.referencePatternEdit)

        self.patternHelp = QLabel(SettingsDialog)
        self.patternHelp.setObjectName(u"patternHelp")
        self.patternHelp.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.patternHelp)


        self.dialogLayout.addLayout(self.formLayout)

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
        self.ministryEditLabel.setBuddy(self.ministryEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.letterAddressEditLabel.setBuddy(self.letterAddressEdit)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.outputFolderEditLabel.setBuddy(self.outputFolderEdit)
        self.referencePatternEditLabel.setBuddy(self.referencePatternEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.reviewerEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your name (for the history):", None))
        self.languageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language:", None))
        self.ministryEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Authority (letterhead):", None))
        self.unitEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Unit:", None))
        self.letterAddressEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Address (letterhead):", None))
        self.contactEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Contact (phone, e-mail):", None))
        self.outputFolderEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Output folder:", None))
        self.outputFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose output folder\u2026", None))
        self.referencePatternEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reference pattern:", None))
        self.referencePatternEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"StMD-DA-{year}-{seq:04d}", None))
        self.patternHelp.setText(QCoreApplication.translate("SettingsDialog", u"Fields: {year}, {seq} (counter, required), {ags}, {key}, {ars}. The pattern is stored in the database and applies to new applications.", None))
    # retranslateUi

