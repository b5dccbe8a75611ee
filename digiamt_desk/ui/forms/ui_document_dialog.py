# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(1000, 780)
        self.dialogLayout = QVBoxLayout(DocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(DocumentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.splitter = QSplitter(DocumentDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.documentList = QListWidget(self.splitter)
        self.documentList.setObjectName(u"documentList")
        self.documentList.setMaximumSize(QSize(320, 16777215))
        self.splitter.addWidget(self.documentList)
        self.viewStack = QStackedWidget(self.splitter)
        self.viewStack.setObjectName(u"viewStack")
        self.pdfPage = QWidget()
        self.pdfPage.setObjectName(u"pdfPage")
        self.pdfLayout = QVBoxLayout(self.pdfPage)
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack.addWidget(self.pdfPage)
        self.imagePage = QScrollArea()
        self.imagePage.setObjectName(u"imagePage")
        self.imagePage.setWidgetResizable(True)
        self.imagePage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.imageLabel = QLabel()
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setText(u"")
        self.imageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.imagePage.setWidget(self.imageLabel)
        self.viewStack.addWidget(self.imagePage)
        self.messagePage = QLabel()
        self.messagePage.setObjectName(u"messagePage")
        self.messagePage.setText(u"")
        self.messagePage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messagePage.setWordWrap(True)
        self.viewStack.addWidget(self.messagePage)
        self.splitter.addWidget(self.viewStack)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(DocumentDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveAsButton = QPushButton(DocumentDialog)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.buttonRow.addWidget(self.saveAsButton)

        self.saveAllButton = QPushButton(DocumentDialog)
        self.saveAllButton.setObjectName(u"saveAllButton")

        self.buttonRow.addWidget(self.saveAllButton)

        self.openFolderButton = QPushButton(DocumentDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonRow.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(DocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(DocumentDialog)

        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"Documents", None))
        self.printButton.setText(QCoreApplication.translate("DocumentDialog", u"&Print\u2026", None))
        self.saveAsButton.setText(QCoreApplication.translate("DocumentDialog", u"Save &as\u2026", None))
        self.saveAllButton.setText(QCoreApplication.translate("DocumentDialog", u"Save all to the &output folder", None))
        self.openFolderButton.setText(QCoreApplication.translate("DocumentDialog", u"Open output &folder", None))
    # retranslateUi

