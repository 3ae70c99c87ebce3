

x


  
	
y

