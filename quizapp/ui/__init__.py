"""The Qt front end: widgets that gather input and show results."""
