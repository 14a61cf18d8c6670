"""The progress UI: the store service, profile chooser, dashboard and class view.

pyqtgraph is imported only by ``charts`` when the dashboard is first shown.
"""
