# generated from forms/organizations_page.ui — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organizations_page.ui'
##
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_OrganizationsPage(object):
    def setupUi(self, OrganizationsPage):
        if not OrganizationsPage.objectName():
            OrganizationsPage.setObjectName(u"OrganizationsPage")
        OrganizationsPage.resize(1100, 700)
        self.mainLayout = QVBoxLayout(OrganizationsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(OrganizationsPage)
        self.tabs.setObjectName(u"tabs")
        self.treeTab = QWidget()
        self.treeTab.setObjectName(u"treeTab")
        self.treeTabLayout = QVBoxLayout(self.treeTab)
        self.treeTabLayout.setObjectName(u"treeTabLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.filterEdit = QLineEdit(self.treeTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMinimumSize(QSize(280, 0))

        self.toolbarLayout.addWidget(self.filterEdit)

        self.dueOnlyCheck = QCheckBox(self.treeTab)
        self.dueOnlyCheck.setObjectName(u"dueOnlyCheck")

        self.toolbarLayout.addWidget(self.dueOnlyCheck)

        self.closedCheck = QCheckBox(self.treeTab)
        self.closedCheck.setObjectName(u"closedCheck")

        self.toolbarLayout.addWidget(self.closedCheck)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(self.treeTab)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(self.treeTab)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.moveButton = QPushButton(self.treeTab)
        self.moveButton.setObjectName(u"moveButton")

        self.toolbarLayout.addWidget(self.moveButton)

        self.dissolveButton = QPushButton(self.treeTab)
        self.dissolveButton.setObjectName(u"dissolveButton")

        self.toolbarLayout.addWidget(self.dissolveButton)


        self.treeTabLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(self.treeTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treeView = QTreeView(self.splitter)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setUniformRowHeights(True)
        self.treeView.setAlternatingRowColors(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.treeView.sizePolicy().hasHeightForWidth())
        self.treeView.setSizePolicy(sizePolicy)
        self.splitter.addWidget(self.treeView)
        self.rightPanel = QWidget(self.splitter)
        self.rightPanel.setObjectName(u"rightPanel")
        self.rightLayout = QVBoxLayout(self.rightPanel)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsBox = QGroupBox(self.rightPanel)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsForm = QFormLayout(self.detailsBox)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailNameLabel = QLabel(self.detailsBox)
        self.detailNameLabel.setObjectName(u"detailNameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.detailNameLabel)

        self.detailNameValue = QLabel(self.detailsBox)
        self.detailNameValue.setObjectName(u"detailNameValue")
        self.detailNameValue.setText(u"")
        self.detailNameValue.setWordWrap(True)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.detailNameValue)

        self.detailLevelLabel = QLabel(self.detailsBox)
        self.detailLevelLabel.setObjectName(u"detailLevelLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.detailLevelLabel)

        self.detailLevelValue = QLabel(self.detailsBox)
        self.detailLevelValue.setObjectName(u"detailLevelValue")
        self.detailLevelValue.setText(u"")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.detailLevelValue)

        self.detailParentLabel = QLabel(self.detailsBox)
        self.detailParentLabel.setObjectName(u"detailParentLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailParentLabel)

        self.detailParentValue = QLabel(self.detailsBox)
        self.detailParentValue.setObjectName(u"detailParentValue")
        self.detailParentValue.setText(u"")
        self.detailParentValue.setWordWrap(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailParentValue)

        self.detailEmployerLabel = QLabel(self.detailsBox)
        self.detailEmployerLabel.setObjectName(u"detailEmployerLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detailEmployerLabel)

        self.detailEmployerValue = QLabel(self.detailsBox)
        self.detailEmployerValue.setObjectName(u"detailEmployerValue")
        self.detailEmployerValue.setText(u"")
        self.detailEmployerValue.setWordWrap(True)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.detailEmployerValue)

        self.detailCreditCodeLabel = QLabel(self.detailsBox)
        self.detailCreditCodeLabel.setObjectName(u"detailCreditCodeLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.detailCreditCodeLabel)

        self.detailCreditCodeValue = QLabel(self.detailsBox)
        self.detailCreditCodeValue.setObjectName(u"detailCreditCodeValue")
        self.detailCreditCodeValue.setText(u"")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.detailCreditCodeValue)

        self.detailTownshipLabel = QLabel(self.detailsBox)
        self.detailTownshipLabel.setObjectName(u"detailTownshipLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailTownshipLabel)

        self.detailTownshipValue = QLabel(self.detailsBox)
        self.detailTownshipValue.setObjectName(u"detailTownshipValue")
        self.detailTownshipValue.setText(u"")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detailTownshipValue)

        self.detailWorkersLabel = QLabel(self.detailsBox)
        self.detailWorkersLabel.setObjectName(u"detailWorkersLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailWorkersLabel)

        self.detailWorkersValue = QLabel(self.detailsBox)
        self.detailWorkersValue.setObjectName(u"detailWorkersValue")
        self.detailWorkersValue.setText(u"")
        self.detailWorkersValue.setWordWrap(True)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.detailWorkersValue)

        self.detailMembersLabel = QLabel(self.detailsBox)
        self.detailMembersLabel.setObjectName(u"detailMembersLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.detailMembersLabel)

        self.detailMembersValue = QLabel(self.detailsBox)
        self.detailMembersValue.setObjectName(u"detailMembersValue")
        self.detailMembersValue.setText(u"")
        self.detailMembersValue.setWordWrap(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.detailMembersValue)

        self.detailChairLabel = QLabel(self.detailsBox)
        self.detailChairLabel.setObjectName(u"detailChairLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.detailChairLabel)

        self.detailChairValue = QLabel(self.detailsBox)
        self.detailChairValue.setObjectName(u"detailChairValue")
        self.detailChairValue.setText(u"")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.detailChairValue)

        self.detailTermLabel = QLabel(self.detailsBox)
        self.detailTermLabel.setObjectName(u"detailTermLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.detailTermLabel)

        self.detailTermValue = QLabel(self.detailsBox)
        self.detailTermValue.setObjectName(u"detailTermValue")
        self.detailTermValue.setText(u"")
        self.detailTermValue.setWordWrap(True)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.detailTermValue)

        self.detailFoundedLabel = QLabel(self.detailsBox)
        self.detailFoundedLabel.setObjectName(u"detailFoundedLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.detailFoundedLabel)

        self.detailFoundedValue = QLabel(self.detailsBox)
        self.detailFoundedValue.setObjectName(u"detailFoundedValue")
        self.detailFoundedValue.setText(u"")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.detailFoundedValue)

        self.detailStatusLabel = QLabel(self.detailsBox)
        self.detailStatusLabel.setObjectName(u"detailStatusLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.detailStatusLabel)

        self.detailStatusValue = QLabel(self.detailsBox)
        self.detailStatusValue.setObjectName(u"detailStatusValue")
        self.detailStatusValue.setText(u"")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.detailStatusValue)

        self.detailsFormSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsForm.setItem(12, QFormLayout.ItemRole.SpanningRole, self.detailsFormSpacer)


        self.rightLayout.addWidget(self.detailsBox)

        self.membersButton = QPushButton(self.rightPanel)
        self.membersButton.setObjectName(u"membersButton")

        self.rightLayout.addWidget(self.membersButton)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)

        self.splitter.addWidget(self.rightPanel)

        self.treeTabLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(self.treeTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.treeTabLayout.addWidget(self.summaryLabel)

        self.treeTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.treeTab, "")
        self.unorganizedTab = QWidget()
        self.unorganizedTab.setObjectName(u"unorganizedTab")
        self.unorganizedLayout = QVBoxLayout(self.unorganizedTab)
        self.unorganizedLayout.setObjectName(u"unorganizedLayout")
        self.tabs.addTab(self.unorganizedTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.detailNameLabel.setBuddy(self.detailNameValue)
        self.detailLevelLabel.setBuddy(self.detailLevelValue)
        self.detailParentLabel.setBuddy(self.detailParentValue)
        self.detailEmployerLabel.setBuddy(self.detailEmployerValue)
        self.detailCreditCodeLabel.setBuddy(self.detailCreditCodeValue)
        self.detailTownshipLabel.setBuddy(self.detailTownshipValue)
        self.detailWorkersLabel.setBuddy(self.detailWorkersValue)
        self.detailMembersLabel.setBuddy(self.detailMembersValue)
        self.detailChairLabel.setBuddy(self.detailChairValue)
        self.detailTermLabel.setBuddy(self.detailTermValue)
        self.detailFoundedLabel.setBuddy(self.detailFoundedValue)
        self.detailStatusLabel.setBuddy(self.detailStatusValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganizationsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganizationsPage)
    # setupUi

    def retranslateUi(self, OrganizationsPage):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OrganizationsPage", u"Find a union: name or pinyin initials", None))
        self.dueOnlyCheck.setText(QCoreApplication.translate("OrganizationsPage", u"Re-election due within 90 days", None))
        self.closedCheck.setText(QCoreApplication.translate("OrganizationsPage", u"Show dissolved and merged", None))
        self.newButton.setText(QCoreApplication.translate("OrganizationsPage", u"New subordinate\u2026", None))
        self.editButton.setText(QCoreApplication.translate("OrganizationsPage", u"Open\u2026", None))
        self.moveButton.setText(QCoreApplication.translate("OrganizationsPage", u"Move\u2026", None))
        self.dissolveButton.setText(QCoreApplication.translate("OrganizationsPage", u"Dissolve or merge\u2026", None))
        self.detailsBox.setTitle(QCoreApplication.translate("OrganizationsPage", u"Selected union", None))
        self.detailNameLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Name:", None))
        self.detailLevelLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Level:", None))
        self.detailParentLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Parent:", None))
        self.detailEmployerLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Employer:", None))
        self.detailCreditCodeLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Credit code:", None))
        self.detailTownshipLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Township:", None))
        self.detailWorkersLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Workers:", None))
        self.detailMembersLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Members:", None))
        self.detailChairLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Chair:", None))
        self.detailTermLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Term:", None))
        self.detailFoundedLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Founded:", None))
        self.detailStatusLabel.setText(QCoreApplication.translate("OrganizationsPage", u"Status:", None))
        self.membersButton.setText(QCoreApplication.translate("OrganizationsPage", u"Show its members", None))
        self.tabs.setTabText(self.tabs.indexOf(self.treeTab), QCoreApplication.translate("OrganizationsPage", u"Union tree", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unorganizedTab), QCoreApplication.translate("OrganizationsPage", u"Employers without a union", None))
        pass
    # retranslateUi

