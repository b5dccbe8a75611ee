# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reject_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RejectDialog(object):
    def setupUi(self, RejectDialog):
        if not RejectDialog.objectName():
            RejectDialog.setObjectName(u"RejectDialog")
        RejectDialog.resize(460, 150)
        self.dialogLayout = QVBoxLayout(RejectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonComboLabel = QLabel(RejectDialog)
        self.reasonComboLabel.setObjectName(u"reasonComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonComboLabel)

        self.reasonCombo = QComboBox(RejectDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.reasonTextEditLabel = QLabel(RejectDialog)
        self.reasonTextEditLabel.setObjectName(u"reasonTextEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonTextEditLabel)

        self.reasonTextEdit = QLineEdit(RejectDialog)
        self.reasonTextEdit.setObjectName(u"reasonTextEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonTextEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RejectDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RejectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonComboLabel.setBuddy(self.reasonCombo)
        self.reasonTextEditLabel.setBuddy(self.reasonTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RejectDialog)

        QMetaObject.connectSlotsByName(RejectDialog)
    # setupUi

    def retranslateUi(self, RejectDialog):
        RejectDialog.setWindowTitle(QCoreApplication.translate("RejectDialog", u"Reject procedures", None))
        self.reasonComboLabel.setText(QCoreApplication.translate("RejectDialog", u"Reason:", None))
        self.reasonTextEditLabel.setText(QCoreApplication.translate("RejectDialog", u"Details:", None))
        self.reasonTextEdit.setPlaceholderText(QCoreApplication.translate("RejectDialog", u"optional free text, e.g. \u201conly a PDF form\u201d", None))
    # retranslateUi

