{{%AUTOESCAPE context="HTML"}}
{{! Site map: the pages of the site. }}
<header class="page-header"><h1>网站地图</h1></header>
<section class="card">
<ul class="link-list">
<li><a href="/">首页</a></li>
<li><a href="/agencies">机构设置</a></li>
<li><a href="/xxgk">政府信息公开</a></li>
<li><a href="/normative">现行有效规章和行政规范性文件</a></li>
<li><a href="/negative-list">不予公开事项清单</a></li>
<li><a href="/policies">惠企政策</a></li>
<li><a href="/consultations">意见征集</a></li>
<li><a href="/messages">留言咨询</a></li>
<li><a href="/decisions">重大行政决策</a></li>
<li><a href="/events">听证会与开放日</a></li>
<li><a href="/proposals">建议提案办理</a></li>
<li><a href="/accessibility">无障碍说明</a></li>
<li><a href="/login">工作人员入口</a></li>
</ul>
</section>
