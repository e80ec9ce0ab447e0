# generated from forms/main_window.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionDemo = QAction(MainWindow)
        self.actionDemo.setObjectName(u"actionDemo")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionCheck = QAction(MainWindow)
        self.actionCheck.setObjectName(u"actionCheck")
        self.actionGuide = QAction(MainWindow)
        self.actionGuide.setObjectName(u"actionGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.centralwidget)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(150, 0))
        self.navigation.setMaximumSize(QSize(190, 16777215))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuTools = QMenu(self.menubar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuTools.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuTools.addAction(self.actionDemo)
        self.menuTools.addSeparator()
        self.menuTools.addAction(self.actionBackup)
        self.menuTools.addAction(self.actionRestore)
        self.menuTools.addAction(self.actionCheck)
        self.menuHelp.addAction(self.actionGuide)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"County Trade Union Management", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New", None))
#if QT_CONFIG(tooltip)
        self.actionNew.setToolTip(QCoreApplication.translate("MainWindow", u"Add a new record on the current page", None))
#endif // QT_CONFIG(tooltip)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"Export the current list to Excel", None))
#endif // QT_CONFIG(tooltip)
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"&Print\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
#if QT_CONFIG(tooltip)
        self.actionFind.setToolTip(QCoreApplication.translate("MainWindow", u"Go to the search box of the current page", None))
#endif // QT_CONFIG(tooltip)
        self.actionDemo.setText(QCoreApplication.translate("MainWindow", u"Generate &demo data\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionDemo.setToolTip(QCoreApplication.translate("MainWindow", u"Fill an empty database with realistic sample records to try the program", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Back up\u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore\u2026", None))
        self.actionCheck.setText(QCoreApplication.translate("MainWindow", u"&Check database", None))
        self.actionGuide.setText(QCoreApplication.translate("MainWindow", u"User &guide", None))
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Modules", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

