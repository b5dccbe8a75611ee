# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHeaderView, QLabel, QMainWindow, QMenu,
    QMenuBar, QProgressBar, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 680)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
#if QT_CONFIG(shortcut)
        self.actionOpenDatabase.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionReload = QAction(MainWindow)
        self.actionReload.setObjectName(u"actionReload")
#if QT_CONFIG(shortcut)
        self.actionReload.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listTitle = QLabel(self.listPane)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setStyleSheet(u"font-weight: bold;")

        self.listLayout.addWidget(self.listTitle)

        self.applicationsView = QTableView(self.listPane)
        self.applicationsView.setObjectName(u"applicationsView")
        self.applicationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationsView.setAlternatingRowColors(True)
        self.applicationsView.setSortingEnabled(True)
        self.applicationsView.setWordWrap(False)
        self.applicationsView.horizontalHeader().setStretchLastSection(True)
        self.applicationsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.applicationsView)

        self.emptyHint = QLabel(self.listPane)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.listLayout.addWidget(self.emptyHint)

        self.splitter.addWidget(self.listPane)
        self.summaryBox = QGroupBox(self.splitter)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryOuter = QVBoxLayout(self.summaryBox)
        self.summaryOuter.setObjectName(u"summaryOuter")
        self.applicantLabel = QLabel(self.summaryBox)
        self.applicantLabel.setObjectName(u"applicantLabel")
        self.applicantLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.applicantLabel.setWordWrap(True)
        self.applicantLabel.setText(u"")

        self.summaryOuter.addWidget(self.applicantLabel)

        self.summaryForm = QFormLayout()
        self.summaryForm.setObjectName(u"summaryForm")
        self.referenceCaption = QLabel(self.summaryBox)
        self.referenceCaption.setObjectName(u"referenceCaption")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceCaption)

        self.referenceValue = QLabel(self.summaryBox)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.statusCaption = QLabel(self.summaryBox)
        self.statusCaption.setObjectName(u"statusCaption")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.summaryBox)
        self.statusValue.setObjectName(u"statusValue")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.proceduresCaption = QLabel(self.summaryBox)
        self.proceduresCaption.setObjectName(u"proceduresCaption")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.proceduresCaption)

        self.proceduresValue = QLabel(self.summaryBox)
        self.proceduresValue.setObjectName(u"proceduresValue")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.proceduresValue)

        self.decisionsCaption = QLabel(self.summaryBox)
        self.decisionsCaption.setObjectName(u"decisionsCaption")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionsCaption)

        self.decisionsValue = QLabel(self.summaryBox)
        self.decisionsValue.setObjectName(u"decisionsValue")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionsValue)

        self.mergedCaption = QLabel(self.summaryBox)
        self.mergedCaption.setObjectName(u"mergedCaption")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mergedCaption)

        self.mergedValue = QLabel(self.summaryBox)
        self.mergedValue.setObjectName(u"mergedValue")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mergedValue)

        self.countedCaption = QLabel(self.summaryBox)
        self.countedCaption.setObjectName(u"countedCaption")

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countedCaption)

        self.countedBar = QProgressBar(self.summaryBox)
        self.countedBar.setObjectName(u"countedBar")
        self.countedBar.setTextVisible(True)

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countedBar)

        self.verdictCaption = QLabel(self.summaryBox)
        self.verdictCaption.setObjectName(u"verdictCaption")

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.verdictCaption)

        self.verdictValue = QLabel(self.summaryBox)
        self.verdictValue.setObjectName(u"verdictValue")
        self.verdictValue.setWordWrap(True)

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.verdictValue)


        self.summaryOuter.addLayout(self.summaryForm)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryOuter.addItem(self.summarySpacer)

        self.splitter.addWidget(self.summaryBox)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.actionReload)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"DigiAmt Desk", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionReload.setText(QCoreApplication.translate("MainWindow", u"&Reload", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About DigiAmt Desk", None))
        self.listTitle.setText(QCoreApplication.translate("MainWindow", u"Applications", None))
        self.emptyHint.setText(QCoreApplication.translate("MainWindow", u"No applications yet. Import a procedure list with: digiamt import FILE --ars KEY", None))
        self.summaryBox.setTitle(QCoreApplication.translate("MainWindow", u"Summary", None))
        self.referenceCaption.setText(QCoreApplication.translate("MainWindow", u"Reference:", None))
        self.statusCaption.setText(QCoreApplication.translate("MainWindow", u"Status:", None))
        self.proceduresCaption.setText(QCoreApplication.translate("MainWindow", u"Procedures:", None))
        self.decisionsCaption.setText(QCoreApplication.translate("MainWindow", u"Accepted / rejected / open:", None))
        self.mergedCaption.setText(QCoreApplication.translate("MainWindow", u"Merged duplicates:", None))
        self.countedCaption.setText(QCoreApplication.translate("MainWindow", u"Counted:", None))
        self.verdictCaption.setText(QCoreApplication.translate("MainWindow", u"Result:", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

