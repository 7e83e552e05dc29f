docker --version
docker run hello-world
docker ps -a
docker images
docker run -it ubuntu bash
hostname
uname -r
exit
docker ps -a
