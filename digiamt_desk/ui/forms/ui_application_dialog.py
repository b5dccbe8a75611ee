# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(ApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.applicantSearchLabel = QLabel(ApplicationDialog)
        self.applicantSearchLabel.setObjectName(u"applicantSearchLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantSearchLabel)

        self.applicantSearch = QLineEdit(ApplicationDialog)
        self.applicantSearch.setObjectName(u"applicantSearch")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantSearch)

        self.applicantList = QListWidget(ApplicationDialog)
        self.applicantList.setObjectName(u"applicantList")
        self.applicantList.setMaximumSize(QSize(16777215, 150))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.applicantList)

        self.applicantInfoLabel = QLabel(ApplicationDialog)
        self.applicantInfoLabel.setObjectName(u"applicantInfoLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicantInfoLabel)

        self.applicantInfo = QLabel(ApplicationDialog)
        self.applicantInfo.setObjectName(u"applicantInfo")
        self.applicantInfo.setWordWrap(True)
        self.applicantInfo.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicantInfo)

        self.referenceEditLabel = QLabel(ApplicationDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(ApplicationDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.receivedEditLabel = QLabel(ApplicationDialog)
        self.receivedEditLabel.setObjectName(u"receivedEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receivedEditLabel)

        self.receivedEdit = QDateEdit(ApplicationDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.headTitleEditLabel = QLabel(ApplicationDialog)
        self.headTitleEditLabel.setObjectName(u"headTitleEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.headTitleEditLabel)

        self.headTitleEdit = QComboBox(ApplicationDialog)
        self.headTitleEdit.setObjectName(u"headTitleEdit")
        self.headTitleEdit.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.headNameEditLabel = QLabel(ApplicationDialog)
        self.headNameEditLabel.setObjectName(u"headNameEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headNameEditLabel)

        self.headNameEdit = QLineEdit(ApplicationDialog)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.salutationPreviewLabel = QLabel(ApplicationDialog)
        self.salutationPreviewLabel.setObjectName(u"salutationPreviewLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.salutationPreviewLabel)

        self.salutationPreview = QLabel(ApplicationDialog)
        self.salutationPreview.setObjectName(u"salutationPreview")
        self.salutationPreview.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.salutationPreview)

        self.addressEditLabel = QLabel(ApplicationDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QPlainTextEdit(ApplicationDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ApplicationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.applicantSearchLabel.setBuddy(self.applicantSearch)
        self.applicantInfoLabel.setBuddy(self.applicantInfo)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
        self.receivedEditLabel.setBuddy(self.receivedEdit)
        self.headTitleEditLabel.setBuddy(self.headTitleEdit)
        self.headNameEditLabel.setBuddy(self.headNameEdit)
        self.salutationPreviewLabel.setBuddy(self.salutationPreview)
        self.addressEditLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplicationDialog)

        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"Application", None))
        self.applicantSearchLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Applicant:", None))
        self.applicantSearch.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Name, AGS, ARS or key \u2013 e.g. Dinkelsb\u00fchl, 09571136, 096", None))
        self.applicantInfoLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Register entry:", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Reference (Aktenzeichen):", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"drawn from the pattern in the settings", None))
        self.receivedEditLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Received on:", None))
        self.headTitleEditLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Title of the head:", None))
        self.headNameEditLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Name of the head:", None))
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"e.g. Dieter Reiter", None))
        self.salutationPreviewLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Salutation:", None))
        self.addressEditLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Postal address:", None))
    # retranslateUi

